"""manage.py check_links: queue the check of every cited address that is due.

A timer runs it once a day (deploy/systemd/garrison-links.timer); the task
worker checks each host on its own. Two copies at once queue each host twice,
and the second check of a host finds it taken or its addresses checked.
"""

from django.core.management.base import BaseCommand

from citations.linkrot import due_hosts
from citations.tasks import check_links_of_host


class Command(BaseCommand):
    help = "Queue the link check of the cited web addresses that are due, by host."

    def handle(self, *args, **options):
        hosts = due_hosts()
        for host, source_ids in sorted(hosts.items()):
            check_links_of_host.enqueue(host, source_ids)
        count = sum(len(ids) for ids in hosts.values())
        self.stdout.write(f"{count} addresses on {len(hosts)} hosts queued")
