"""Goalpost from a terminal: a thin front over the same library the dashboard uses."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from datetime import date
from pathlib import Path

from connectors.exports import frame_to_csv, frame_to_json
from connectors.store import (
    DEFAULT_WORKSPACE,
    Store,
    create_workspace,
    members,
    progress_from_files,
    progress_from_store,
    remove_member,
    set_member,
    workspace_actor,
    workspace_label,
    workspace_location,
    workspaces_of,
)
from metrics.access import ROLE_NAMES, VIA_CLI, Actor, Role, parse_role
from metrics.errors import GoalpostError, Message

EXIT_USER_ERROR = 2
EXIT_UNEXPECTED = 3


def parse_month_end(text: str) -> date:
    """Return the date of a YYYY-MM-DD argument (YYYY-MM means that month's last day)."""
    from connectors.store import parse_as_of

    try:
        return parse_as_of(text)
    except ValueError as err:
        raise argparse.ArgumentTypeError(str(err)) from None


def parse_month(text: str) -> str:
    """Return a YYYY-MM argument as given; anything else is refused with an example."""
    if len(text.strip()) != 7:
        raise argparse.ArgumentTypeError(
            f"“{text}” is not a month: write it as YYYY-MM, for example 2026-10."
        )
    return parse_month_end(text).strftime("%Y-%m")


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser for every Goalpost command."""
    parser = argparse.ArgumentParser(
        prog="cli.py", description="Goalpost: is our social media strategy working?"
    )
    parser.add_argument(
        "--store", help="store file or database URL (default: $GOALPOST_STORE or data/goalpost.sqlite3)"
    )
    parser.add_argument(
        "--workspace",
        metavar="ID",
        help="the workspace to work in (default: the default workspace, the store itself); see `workspaces list`",
    )
    parser.add_argument(
        "--as",
        dest="acting_as",
        metavar="EMAIL",
        help="act as this account (its role applies; default: you, the operating-system user, as admin)",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    progress = commands.add_parser("progress", help="goal progress as a table or JSON")
    progress.add_argument("--strategy", type=Path, help="strategy YAML (default: the store's latest version)")
    progress.add_argument(
        "--data", type=Path, nargs="+", action="extend", help="tidy CSV files to read directly"
    )
    progress.add_argument("--as-of", type=parse_month_end, default=None, help="YYYY-MM-DD (default: today)")
    progress.add_argument("--format", choices=("table", "json"), default="table")

    ingest = commands.add_parser("ingest", help="store monthly exports (CSV, XLSX, XLS)")
    ingest.add_argument("files", type=Path, nargs="+")
    ingest.add_argument("--channel", help="channel id, when the file does not say")
    ingest.add_argument("--audience", help="audience id (default: all)")
    ingest.add_argument("--preset", help="force a preset (see `cli.py presets`)")
    ingest.add_argument(
        "--year",
        type=int,
        help="year of dates written without one (TikTok's “April 12”; default: from the file name, else the "
        "year that puts the newest date on or before today)",
    )

    uploads = commands.add_parser("uploads", help="the upload ledger")
    uploads.add_argument("--format", choices=("table", "json"), default="table")

    undo = commands.add_parser("undo", help="undo one upload (older values come back)")
    undo.add_argument("upload_id", type=int)

    data = commands.add_parser("data", help="month values as the goal engine sees them")
    data.add_argument("--format", choices=("csv", "json"), default="csv")
    data.add_argument("--metric")
    data.add_argument("--channel")

    commands.add_parser("presets", help="the file layouts Goalpost recognises")

    sync = commands.add_parser("sync", help="read a Google Sheet into the store")
    sync.add_argument("sheet_url")
    sync.add_argument(
        "--tab", action="append", dest="tabs", help="tab name (repeat for several; default: first)"
    )
    sync.add_argument("--layout", choices=("tidy", "wide"), help="force a layout (default: detected)")
    sync.add_argument("--channel", help="channel id, for a tracker tab without a channel column")
    sync.add_argument("--audience", help="audience id, for a tab without an audience column (default: all)")

    serve = commands.add_parser(
        "serve", help="start Goalpost for a team: every interface, sign-in required, production settings"
    )
    serve.add_argument("--port", type=int, default=8501, help="TCP port (default: 8501)")
    serve.add_argument(
        "--address", default="0.0.0.0", help="address to listen on (default: 0.0.0.0, every interface)"
    )
    serve.add_argument(
        "--open",
        action="store_true",
        help="serve everyone without sign-in, on purpose (every page then says so in a red banner)",
    )

    users = commands.add_parser("users", help="accounts for signing in with a password (admins only)")
    user_commands = users.add_subparsers(dest="users_command", required=True, metavar="ACTION")
    add = user_commands.add_parser(
        "add", help="add an account; the password is asked for, never given as a flag"
    )
    add.add_argument("email")
    add.add_argument("--role", choices=ROLE_NAMES, required=True)
    listing = user_commands.add_parser("list", help="the accounts and their roles")
    listing.add_argument("--format", choices=("table", "json"), default="table")
    role = user_commands.add_parser("role", help="change an account's role")
    role.add_argument("email")
    role.add_argument("--role", choices=ROLE_NAMES, required=True)
    password = user_commands.add_parser("password", help="set a new password (asked for)")
    password.add_argument("email")
    remove = user_commands.add_parser("remove", help="remove an account")
    remove.add_argument("email")

    report = commands.add_parser(
        "report", help="the monthly review as a PDF or a self-contained HTML file, optionally mailed"
    )
    report.add_argument("--as-of", required=True, type=parse_month, help="the report's month, YYYY-MM")
    report.add_argument("--strategy", type=Path, help="strategy YAML (default: the store's latest version)")
    report.add_argument(
        "--pinned",
        metavar="ID",
        help="a pinned version's id: the numbers as presented that day (Data page lists the pins)",
    )
    report.add_argument("--format", choices=("pdf", "html"), default="pdf")
    report.add_argument("--out", type=Path, required=True, help="the file to write")
    report.add_argument(
        "--lang", choices=("en", "nb", "sv", "da"), default="en", help="language (default en)"
    )
    report.add_argument(
        "--mail-to",
        metavar="ADDRESS",
        nargs="+",
        help="also send the PDF to these addresses through [goalpost.smtp] in .streamlit/secrets.toml",
    )
    report.add_argument(
        "--tables",
        choices=("csv", "xlsx"),
        help="also write the month values and goal progress beside --out (FILE-month-values.csv, …)",
    )

    backup = commands.add_parser("backup", help="a checked, consistent copy of the (live) store")
    backup.add_argument("file", type=Path, help="the backup file to write (never overwritten)")

    restore = commands.add_parser("restore", help="put a checked backup in place (the old store is kept)")
    restore.add_argument("file", type=Path, help="the backup file to restore")

    whole = commands.add_parser("store", help="the store as a whole: copy it to another database")
    store_commands = whole.add_subparsers(dest="store_command", required=True, metavar="ACTION")
    copy = store_commands.add_parser(
        "copy",
        help="copy every table into a new, empty store (SQLite file or PostgreSQL URL); counts checked",
    )
    copy.add_argument("source", metavar="FROM_URL", help="the store to copy: a file path or a database URL")
    copy.add_argument("target", metavar="TO_URL", help="the empty store to copy into (made when missing)")

    spaces = commands.add_parser(
        "workspaces", help="several organisations in one Goalpost (admins change them)"
    )
    space_commands = spaces.add_subparsers(dest="workspaces_command", required=True, metavar="ACTION")
    space_list = space_commands.add_parser("list", help="the workspaces you may open")
    space_list.add_argument("--format", choices=("table", "json"), default="table")
    space_add = space_commands.add_parser("add", help="add a workspace with an empty store of its own")
    space_add.add_argument("workspace_id", metavar="ID", help="lower-case letters, digits and hyphens")
    space_add.add_argument("--name", required=True, help="the organisation's name, as the sidebar shows it")
    member_command = space_commands.add_parser("members", help="who belongs to a workspace, with which role")
    member_commands = member_command.add_subparsers(dest="members_command", required=True, metavar="ACTION")
    member_list = member_commands.add_parser("list", help="a workspace's members and their roles")
    member_list.add_argument("workspace_id", metavar="ID")
    member_list.add_argument("--format", choices=("table", "json"), default="table")
    member_add = member_commands.add_parser("add", help="give someone a role in a workspace (or change it)")
    member_add.add_argument("workspace_id", metavar="ID")
    member_add.add_argument("email")
    member_add.add_argument("--role", choices=ROLE_NAMES, required=True)
    member_remove = member_commands.add_parser("remove", help="take someone out of a workspace")
    member_remove.add_argument("workspace_id", metavar="ID")
    member_remove.add_argument("email")
    return parser


def print_frame(frame, output_format: str) -> None:
    """Print a frame as a plain table, CSV or JSON."""
    if output_format == "json":
        print(frame_to_json(frame))
    elif output_format == "csv":
        sys.stdout.write(frame_to_csv(frame))
    else:
        print(frame.to_string(index=False) if len(frame) else "(nothing yet)")


def run(args: argparse.Namespace) -> int:
    """Run one command; return the process exit code."""
    if args.command == "presets":
        from connectors.readers import registered_presets

        for preset in registered_presets():
            print(f"{preset.name:28} {preset.label}")
        return 0

    if args.command == "progress" and args.data:
        report = progress_from_files(args.strategy, args.data, as_of=args.as_of)
        return print_progress(report, args.format)

    workspace = args.workspace if args.workspace not in (None, DEFAULT_WORKSPACE) else None
    if workspace and args.command in ("serve", "store", "users"):
        raise GoalpostError(WORKSPACE_NOT_HERE[args.command])
    if args.command == "backup":  # before Store.open: a damaged store is not opened for this
        from connectors.store import backup_store

        print(f"Backed up to {backup_store(chosen_location(args), args.file)}")
        return 0
    if args.command == "restore":
        from connectors.store import restore_store

        print(restore_store(chosen_location(args), args.file))
        return 0
    if args.command == "serve":
        return serve(args)
    if args.command == "store":  # both stores named on the command line; --store is not used
        from connectors.store import copy_store

        print(copy_store(args.source, args.target, actor=cli_admin()).message)
        return 0

    home = Store.open(args.store)
    if args.command == "workspaces":
        # The registry is the deployment's: a person acts with their own sign-in's role (--workspace aside);
        # the library works out their role in the workspace a change concerns.
        person = home_actor(home, args.acting_as, "any")
        stand_in = person or Actor(str(args.acting_as).strip().lower(), Role.VIEWER, VIA_CLI)
        return run_workspaces(home, stand_in, args, in_default=person is not None)
    actor = acting_user(home, args.acting_as, workspace)
    # Everything below reads and writes the chosen workspace's own store, and nothing else.
    store = Store.open(args.store, workspace=workspace) if workspace else home
    if args.command == "users":
        return run_users(store, actor, args)
    if args.command == "report":
        return run_report(store, args)
    if args.command == "progress":
        report = progress_from_store(store, args.strategy, as_of=args.as_of)
        return print_progress(report, args.format)
    if args.command == "ingest":
        from connectors.store import ingest_file

        for path in args.files:
            outcome = ingest_file(
                store,
                path,
                channel=args.channel,
                audience=args.audience,
                preset=args.preset,
                actor=actor,
                year=args.year,
            )
            print(outcome)
        return 0
    if args.command == "uploads":
        print_frame(store.uploads(), args.format)
        return 0
    if args.command == "undo":
        print(store.undo(args.upload_id, actor=actor).message)
        return 0
    if args.command == "data":
        print_frame(store.month_values(metric=args.metric, channel=args.channel), args.format)
        return 0
    if args.command == "sync":
        from connectors.sheets import sync_sheet

        result = sync_sheet(
            store,
            args.sheet_url,
            args.tabs or [],
            layout=args.layout,
            channel=args.channel,
            audience=args.audience,
            actor=actor,
        )
        if result.status == "stale":
            # A scheduler must notice: the store still holds the last good data, but it is not current.
            since = result.stale_since.strftime("%Y-%m-%d %H:%M UTC") if result.stale_since else "unknown"
            print(f"Stale since {since}: {result.message}", file=sys.stderr)
            return EXIT_USER_ERROR
        print(result.message)
        return 0
    raise AssertionError(f"unhandled command {args.command}")


def serve(args: argparse.Namespace) -> int:
    """Check sign-in, then replace this process with the team server (returns only if it cannot start)."""
    from connectors.serving import plan_serve

    plan = plan_serve(address=args.address, port=args.port, open_to_all=args.open, store=args.store)
    where = f"{plan.address}:{plan.port}"
    if plan.open_to_all:
        print(f"Serving everyone without sign-in on {where} (--open).")
    else:
        ignored = " (--open changes nothing: sign-in is set up)" if args.open else ""
        print(f"Serving Goalpost on {where}; sign-in with {' and '.join(plan.sign_in)}{ignored}.")
    print(f"On this server: {plan.local_url}", flush=True)
    os.chdir(plan.working_directory)
    # exec, not a child: signals (Ctrl+C, docker stop, systemd) reach the server itself.
    os.execve(plan.command[0], list(plan.command), plan.environment)
    return EXIT_UNEXPECTED


def run_report(store: Store, args: argparse.Namespace) -> int:
    """Write the month's report (and its tables), mail the PDF when asked; return the exit code."""
    import reporting  # the report's glue; it reaches the pure document builder in views/, never Streamlit

    inputs, document = reporting.monthly_report(
        store, args.as_of, strategy_path=args.strategy, lang=args.lang, pinned=args.pinned
    )
    pdf = reporting.report_pdf(document) if args.format == "pdf" or args.mail_to else None
    args.out.write_bytes(pdf if args.format == "pdf" else document.html.encode("utf-8"))
    print(f"Wrote {args.out} ({document.title}).")
    for name, data in (
        reporting.report_tables(store, inputs, args.lang, args.tables) if args.tables else {}
    ).items():
        path = args.out.with_name(name)
        path.write_bytes(data)
        print(f"Wrote {path}.")
    if args.mail_to:
        from connectors.access import read_secrets

        sent = reporting.mail_report(document, pdf, args.mail_to, read_secrets())
        print(f"Sent the PDF to {', '.join(sent)}.")
    return 0


def cli_admin() -> Actor:
    """Return the operating-system user as admin: whoever runs this on the server can open the store anyway."""
    return Actor(f"{getpass.getuser()} (command line)", Role.ADMIN, VIA_CLI)


WORKSPACE_NOT_HERE = {
    "serve": Message(
        "cli.serve_workspace",
        "`serve` starts Goalpost for every workspace; the workspace is chosen in the sidebar or the link "
        "(?workspace=ID). Run it without --workspace.",
    ),
    "store": Message(
        "cli.copy_workspace",
        "`store copy` names both stores itself. Give a workspace's store as FROM_URL or TO_URL (`workspaces "
        "list --format json` shows where each is), and run it without --workspace.",
    ),
    "users": Message(
        "cli.users_workspace",
        "Accounts are shared by every workspace, so `users` takes no --workspace. Give someone a role in a "
        "workspace with `cli.py workspaces members add ID EMAIL --role ROLE`.",
    ),
}
"""Why the commands that are not about one workspace's data refuse --workspace, in plain words."""


def chosen_location(args: argparse.Namespace) -> str | None:
    """Return the store the command works on: --store itself, or the --workspace's store beside it."""
    if args.workspace in (None, DEFAULT_WORKSPACE):
        return args.store
    with Store.open(args.store) as home:
        return workspace_location(home, args.workspace)


def acting_user(home: Store, email: str | None, workspace: str | None = None) -> Actor:
    """Return who the command acts as: the account named by --as (its role), else the system user as admin.

    In a workspace other than the default, the role is the person's role there (their membership), and
    someone who is not a member is refused.
    """
    actor = home_actor(home, email, workspace) or Actor(str(email).strip().lower(), Role.VIEWER, VIA_CLI)
    return workspace_actor(home, actor, workspace) if workspace else actor


def home_actor(store: Store, email: str | None, workspace: str | None = None) -> Actor | None:
    """Return the --as person with their role in the default workspace; None when they have only memberships."""
    if not email:
        return cli_admin()
    from connectors.access import find_account, read_secrets, role_for, sign_in_setup, stored_rules

    found = find_account(store, email)
    if found is not None:
        return Actor(found.email, found.role, VIA_CLI)
    setup = sign_in_setup(read_secrets(), None)
    role = role_for(email, [], [*setup.fixed_rules, *stored_rules(store)])
    if role is None and workspace:
        return None  # someone with a role in other workspaces only: their membership says what they may do
    if role is None:
        raise GoalpostError(
            Message(
                "cli.unknown_user",
                "{email} has no account and no role rule in this Goalpost. Check the address, or add it with "
                "`cli.py users add`.",
                email=email,
            )
        )
    return Actor(email.strip().lower(), role, VIA_CLI)


def run_users(store: Store, actor: Actor, args: argparse.Namespace) -> int:
    """Run one `users` action as the actor (the library checks the admin role); return the exit code."""
    from connectors import access

    if args.users_command == "list":
        found = access.accounts(store)
        rows = [
            {
                "email": a.email,
                "role": a.role.label,
                "created_at": a.created_at.isoformat(),
                "created_by": a.created_by,
            }
            for a in found
        ]
        if args.format == "json":
            print(json.dumps(rows, ensure_ascii=False, indent=2))
        else:
            import pandas as pd

            print(pd.DataFrame(rows).to_string(index=False) if rows else "(no accounts)")
        return 0
    if args.users_command == "add":
        account = access.add_account(
            store, actor, args.email, parse_role(args.role), ask_password(args.email)
        )
        print(f"Added {account.email} as {account.role.label}. They can sign in now.")
    elif args.users_command == "role":
        access.set_account_role(store, actor, args.email, parse_role(args.role))
        print(f"{args.email.strip().lower()} is now {args.role}. Their open sessions have ended.")
    elif args.users_command == "password":
        access.set_password(store, actor, args.email, ask_password(args.email))
        print(f"New password set for {args.email.strip().lower()}. Their open sessions have ended.")
    elif args.users_command == "remove":
        access.remove_account(store, actor, args.email)
        print(f"Removed {args.email.strip().lower()}.")
    return 0


def run_workspaces(home: Store, actor: Actor, args: argparse.Namespace, *, in_default: bool = True) -> int:
    """Run one `workspaces` action on the home store's registry (changes need the admin role)."""
    if args.workspaces_command == "list":
        rows = [
            {
                "id": w.id,
                "name": w.name,
                "store": home.location if w.id == DEFAULT_WORKSPACE else workspace_label(home, w.id),
            }
            for w in workspaces_of(home, actor, in_default=in_default)
        ]
        if args.format == "json":
            print(json.dumps(rows, ensure_ascii=False, indent=2))
        else:
            import pandas as pd

            print(pd.DataFrame(rows)[["id", "name"]].to_string(index=False) if rows else "(no workspaces)")
        return 0
    if args.workspaces_command == "add":
        made = create_workspace(home, actor, args.workspace_id, args.name)
        print(
            f"Added the workspace {made.id} ({made.name}). Open it with --workspace {made.id} or ?workspace={made.id}."
        )
        return 0
    if args.members_command == "list":
        rows = [{"email": m.email, "role": m.role.label} for m in members(home, args.workspace_id)]
        if args.format == "json":
            print(json.dumps(rows, ensure_ascii=False, indent=2))
        else:
            import pandas as pd

            print(pd.DataFrame(rows).to_string(index=False) if rows else "(no members yet)")
        return 0
    if args.members_command == "add":
        made = set_member(home, actor, args.workspace_id, args.email, parse_role(args.role))
        print(f"{made.email} is now {made.role.label} in the workspace {made.workspace_id}.")
    elif args.members_command == "remove":
        if remove_member(home, actor, args.workspace_id, args.email):
            print(f"Removed {args.email.strip().lower()} from the workspace {args.workspace_id}.")
        else:
            print(f"{args.email.strip().lower()} was not a member of the workspace {args.workspace_id}.")
    return 0


def ask_password(email: str) -> str:
    """Return a new password asked for twice at a terminal (once from standard input when piped)."""
    if not sys.stdin.isatty():
        # For scripts: one line on standard input, so the password never shows in the process list.
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass(f"New password for {email}: ")
    if getpass.getpass("Once more: ") != first:
        raise GoalpostError(
            Message(
                "cli.passwords_differ", "The two passwords were not the same. Nothing was changed; try again."
            )
        )
    return first


def print_progress(report: dict, output_format: str) -> int:
    """Print a progress report as JSON or as a table; return 0."""
    if output_format == "json":
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return 0
    import pandas as pd

    def number(value) -> str:
        if value is None:
            return "–"
        return f"{value:,.1f}" if value % 1 else f"{value:,.0f}"

    def share(value) -> str:
        return "–" if value is None else f"{value:.0%}"

    rows = [
        {
            "goal": goal["id"],
            "status": goal["status"].replace("_", " "),
            "current": number(goal["current"]),
            "month": goal.get("current_month") or "–",
            "target": number(goal["target"]),
            "unit": goal["unit"],
            "progress": share(goal["progress"]),
            "expected": share(goal["expected"]),
            "forecast": number(goal["forecast"]),
            "owner": goal["owner"],
        }
        for goal in report["goals"]
    ]
    print(f"Goal progress as of {report['as_of']}")
    print(pd.DataFrame(rows).to_string(index=False) if rows else "(the strategy has no goals)")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Entry point: run the command, turning every problem into a plain message on stderr."""
    args = build_parser().parse_args(argv)
    try:
        return run(args)
    except GoalpostError as err:
        print(f"Error: {err}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("Stopped.", file=sys.stderr)
        return EXIT_USER_ERROR
    except Exception as err:  # a user never sees a traceback; GOALPOST_DEBUG=1 shows one to developers
        if os.environ.get("GOALPOST_DEBUG"):
            raise
        print(
            f"Error: something unexpected went wrong ({type(err).__name__}). Nothing was changed. "
            "Run again with GOALPOST_DEBUG=1 and send the output to whoever runs Goalpost.",
            file=sys.stderr,
        )
        return EXIT_UNEXPECTED


if __name__ == "__main__":
    sys.exit(main())
