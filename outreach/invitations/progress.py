"""What the invitation form sets add to the communication plan's board."""

from __future__ import annotations

from .models import FormSet


def count_generated_sets(year: int) -> int:
    """Form sets reached in `year`: the personalised sets generated for the year's campaign,
    or the finished print runs of the press calendar when those are more.

    The plan's target ("400 sets of invitation forms") is paper prepared for firms, whether or
    not a firm then downloads its copy: generated sets are that figure (downloads measure the
    firms' answer and show on the campaign board). Each firm counts once however often its set
    was regenerated. The calendar's print runs and the generated sets often describe the same
    paper (the zip of every set goes to the printer, and the run is logged), so adding them
    would count it twice; the larger of the two is what has been reached.
    """
    from outreach.press.models import TargetKind
    from outreach.press.progress import count_quantity

    generated = FormSet.objects.filter(firm__campaign__year=year).count()
    return max(generated, count_quantity(TargetKind.FORM_SETS, year))
