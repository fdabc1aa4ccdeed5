"""Running the pipeline across workers: local processes now (``local``, ``ingest``); Ray later.

``local.LocalPool`` analyses documents on worker processes and hands results back in input
order; ``ingest.ingest`` drives a run: read, analyse in parallel, write batches from one process.
"""
