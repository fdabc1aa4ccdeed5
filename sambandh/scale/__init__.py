"""Running the pipeline across workers: local processes (``local``) or a Ray cluster (``ray``).

``local.LocalPool`` analyses documents on worker processes and ``ray.RayPool`` on Ray actors; both
hand results back in input order. ``ingest.ingest`` drives a run: read, analyse in parallel, write
batches from one process.
"""
