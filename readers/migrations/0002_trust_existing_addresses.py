"""Accounts made before readers could sign up were all made by the site (the
admin, accepted applications): their addresses count as confirmed."""

from django.db import migrations


def trust_existing(apps, schema_editor):
    User = apps.get_model("auth", "User")
    EmailAddress = apps.get_model("account", "EmailAddress")
    # An address shared by two accounts stays unconfirmed for the later one:
    # a confirmed address belongs to one account only.
    taken = {email.lower() for email in EmailAddress.objects.filter(verified=True).values_list("email", flat=True)}
    for user in User.objects.exclude(email="").order_by("pk").iterator():
        if user.email.lower() in taken:
            continue
        taken.add(user.email.lower())
        if not EmailAddress.objects.filter(user=user).exists():
            EmailAddress.objects.create(
                user=user, email=user.email, verified=True, primary=True
            )


class Migration(migrations.Migration):
    dependencies = [
        ("readers", "0001_initial"),
        ("account", "0009_emailaddress_unique_primary_email"),
    ]

    operations = [migrations.RunPython(trust_existing, migrations.RunPython.noop)]
