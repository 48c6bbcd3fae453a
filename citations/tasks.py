"""Background work of the library, run by the task backend in ``TASKS``."""

from django.tasks import task


@task
def check_links_of_host(host: str, source_ids: list[int]) -> int:
    """Check the cited addresses on one host, politely; return how many."""
    from .linkrot import check_host

    return check_host(host, source_ids)
