"""The commands a chat can send, as a registry other apps fill without bots importing them:
`register_command("status", handler, _("…"))` in their AppConfig.ready. Built in: /start
(link with a token), /stop (opt out), /help (the list). On Zalo, where users type rather
than tap commands, each command also answers to words: LIENKET <code>, HUY (or STOP), TROGIUP.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.utils import formats, timezone
from django.utils.functional import Promise
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from portal.text import fold

from . import linking
from .linking import LinkStatus
from .models import ChatIdentity
from .models.linking import ChatChannel

#: Zalo words for the built-in commands; documented in the README and named in every reply.
ZALO_LINK_KEYWORD = "LIENKET"
ZALO_STOP_KEYWORD = "HUY"
ZALO_HELP_KEYWORD = "TROGIUP"
#: What Telegram accepts as a command (and lists in its command menu).
COMMAND_NAME = re.compile(r"^[a-z0-9_]{1,32}$")


@dataclass(frozen=True)
class InboundMessage:
    """A message a chat sent, as handlers see it. `identity` is None only for a chat the
    portal has never seen (handlers called outside the webhook path)."""

    channel: str
    external_id: str
    identity: ChatIdentity | None
    text: str
    command: str = ""
    args: tuple[str, ...] = ()


@dataclass(frozen=True)
class Reply:
    """A handler's answer. Only the confirmation of /stop may reach a chat that opted out."""

    text: str
    confirms_opt_out: bool = False


Handler = Callable[[InboundMessage], "str | Reply | None"]


@dataclass(frozen=True)
class Command:
    name: str
    handler: Handler
    help_text: str | Promise
    keywords: tuple[str, ...] = field(default=())
    accepts_args: bool = False


_commands: dict[str, Command] = {}


def register_command(
    name: str,
    handler: Handler,
    help_text: str | Promise,
    *,
    keywords: Iterable[str] = (),
    accepts_args: bool = False,
) -> None:
    """Declare (or replace) the command /`name`.

    `keywords` are the words that also call it on Zalo (matched without regard to capitals or
    diacritics); the command's own name is always one. A keyword followed by more words calls
    the command only if it `accepts_args`, so "Huy đây" (a name) is not taken for HUY.
    """
    name = name.strip().lstrip("/").lower()
    if not COMMAND_NAME.match(name):
        raise ValueError(f"Not a Telegram command name (a-z, 0-9, _; up to 32): {name!r}")
    words = tuple(dict.fromkeys(_word(word) for word in (name, *keywords)))
    _commands[name] = Command(name, handler, help_text, words, accepts_args)


def unregister_command(name: str) -> None:
    _commands.pop(name.strip().lstrip("/").lower(), None)


def registered_commands() -> list[Command]:
    return list(_commands.values())


def _word(text: str) -> str:
    return "".join(fold(text).split())


def command_word(channel: str, name: str) -> str:
    """How a chat on `channel` calls the command: /stop on Telegram, HUY on Zalo."""
    command = _commands.get(name)
    if channel == ChatChannel.ZALO and command and len(command.keywords) > 1:
        return command.keywords[1].upper()
    return f"/{name}"


def opt_out_hint(channel: str) -> str:
    """The sentence every message to a chat ends with: each must say how to opt out."""
    return gettext("Send %(stop)s to stop receiving these messages.") % {
        "stop": command_word(channel, "stop")
    }


def parse(channel: str, text: str) -> tuple[str, tuple[str, ...]]:
    """The command a message calls and its arguments, or ("", ()) for free text."""
    words = text.split()
    if not words:
        return "", ()
    if words[0].startswith("/"):
        # "/start@spcncl_bot" in a group chat names the bot it is meant for.
        name = words[0][1:].split("@", 1)[0].lower()
        return name, tuple(words[1:])
    if channel != ChatChannel.ZALO:
        return "", ()
    folded = [_word(word) for word in words]
    for command in _commands.values():
        for size in (2, 1):  # "LIÊN KẾT ABCD2345" as well as "LIENKET ABCD2345"
            if len(words) >= size and "".join(folded[:size]) in command.keywords:
                args = tuple(words[size:])
                if args and not command.accepts_args:
                    continue
                return command.name, args
    if len(words) <= 2 and linking.looks_like_code("".join(words)):
        return "start", ("".join(words),)
    return "", ()


def dispatch(message: InboundMessage) -> Reply | None:
    """Run the message's command; free text on Telegram gets a pointer to /help, on Zalo no
    answer (staff read and answer it in the Official Account's inbox)."""
    help_word = command_word(message.channel, "help")
    if not message.command:
        if message.channel == ChatChannel.ZALO:
            return None
        return Reply(
            gettext(
                "This bot answers commands only. Send %(help)s for the list of commands; "
                "for anything else please contact the Department of Industry and Trade."
            )
            % {"help": help_word}
        )
    command = _commands.get(message.command)
    if command is None:
        return Reply(
            gettext("Unknown command %(command)s. Send %(help)s for the list of commands.")
            % {"command": f"/{message.command}", "help": help_word}
        )
    answer = command.handler(message)
    if answer is None or isinstance(answer, Reply):
        return answer
    return Reply(str(answer))


# --- Built-in commands -------------------------------------------------------------------------


def _date(value) -> str:
    return formats.date_format(timezone.localtime(value), "SHORT_DATE_FORMAT")


def _greeting(message: InboundMessage, result: linking.LinkResult) -> str:
    identity = result.identity
    words = {
        "name": identity.display_name,
        "stop": command_word(message.channel, "stop"),
        "help": command_word(message.channel, "help"),
    }
    if result.status == LinkStatus.ALREADY_LINKED:
        return (
            gettext("This chat is already linked to %(name)s. Send %(help)s for the commands.")
            % words
        )
    if result.status == LinkStatus.RESUMED:
        return (
            gettext(
                "Welcome back, %(name)s: notices of the SPCNCL Hà Nội programme will be sent "
                "to this chat again. Send %(stop)s to stop them."
            )
            % words
        )
    return (
        gettext(
            "Hello %(name)s! This chat is now linked to %(name)s in the SPCNCL Hà Nội "
            "programme of the Hà Nội Department of Industry and Trade. Notices and reminders "
            "of the programme will be sent here. Send %(stop)s at any time to stop them, or "
            "%(help)s for the list of commands."
        )
        % words
    )


def _how_to_link(channel: str) -> str:
    if channel == ChatChannel.ZALO:
        return gettext(
            "To receive your firm's notices here, send %(keyword)s followed by the "
            "8-character code printed on your invitation, for example %(keyword)s ABCD2345."
        ) % {"keyword": ZALO_LINK_KEYWORD}
    return gettext(
        "To receive your firm's notices here, open the link or scan the QR code on your "
        "invitation from the Department of Industry and Trade."
    )


def start_command(message: InboundMessage) -> str:
    """/start <token>: link the chat and greet it by the name the token carries."""
    identity = message.identity
    if not message.args:
        if identity is not None and identity.is_linked:
            status = LinkStatus.RESUMED if linking.resume(identity) else LinkStatus.ALREADY_LINKED
            return _greeting(message, linking.LinkResult(status, identity))
        return "{} {} {}".format(
            gettext("Welcome to the bot of the SPCNCL Hà Nội programme."),
            _how_to_link(message.channel),
            gettext("Send %(help)s for the list of commands.")
            % {"help": command_word(message.channel, "help")},
        )
    # A code typed with a space in it ("ABCD 2345") arrives as two arguments.
    typed = "".join(message.args)
    result = linking.link_with_token(message.channel, message.external_id, typed)
    if result.ok:
        return _greeting(message, result)
    # Unknown, used, expired or refused after too many failures: one answer for all, so the
    # reply tells a guesser nothing about the code it tried.
    return gettext(
        "This link code is not valid. Please check it against your invitation, or ask the "
        "Department of Industry and Trade for a new one."
    )


def stop_command(message: InboundMessage) -> Reply:
    """/stop: no more messages to this chat, confirmed once; repeating it changes nothing."""
    identity = message.identity or linking.touch_identity(message.channel, message.external_id)
    start = command_word(message.channel, "start")
    if linking.opt_out(identity):
        text = gettext(
            "Done: this chat will receive no more messages from the SPCNCL Hà Nội programme. "
            "To receive them again, send %(start)s."
        ) % {"start": start}
    else:
        text = gettext(
            "This chat already stopped receiving messages on %(date)s; nothing more will be "
            "sent. To receive them again, send %(start)s."
        ) % {"date": _date(identity.opted_out_at), "start": start}
    return Reply(text, confirms_opt_out=True)


def help_command(message: InboundMessage) -> str:
    """/help: every registered command with its help text, as the chat's channel calls it."""
    lines = [gettext("Commands you can send:")]
    for command in _commands.values():
        lines.append(f"{command_word(message.channel, command.name)}: {command.help_text}")
    return "\n".join(lines)


def welcome_follower() -> str:
    """The answer to a Zalo follow: how to link, and how to stop."""
    return "{} {} {}".format(
        gettext("Thank you for following the SPCNCL Hà Nội programme."),
        _how_to_link(ChatChannel.ZALO),
        opt_out_hint(ChatChannel.ZALO),
    )


register_command(
    "start",
    start_command,
    _("link this chat with the code from your invitation"),
    keywords=[ZALO_LINK_KEYWORD],
    accepts_args=True,
)
register_command(
    "stop", stop_command, _("stop receiving messages in this chat"), keywords=["HUY", "STOP"]
)
register_command("help", help_command, _("list the commands"), keywords=["TROGIUP", "HELP"])
