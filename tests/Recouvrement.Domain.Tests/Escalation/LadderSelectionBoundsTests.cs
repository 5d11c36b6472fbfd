using System.Globalization;
using Recouvrement.Communication;
using Recouvrement.Debtors;
using Recouvrement.Escalation;

namespace Recouvrement.Domain.Tests;

/// <summary>
/// A selection's refusals worded and its bands' edges; the grace days on a step of the due date itself; which step channel
/// reaches a debtor through each kind of contact data.
/// </summary>
public class LadderSelectionBoundsTests
{
    private static Money Eur(decimal amount) => new(amount, Currency.EUR);

    private static string Refusals<T>(Ardalis.Result.Result<T> result)
        => string.Join("\n", result.ValidationErrors.Select(e => $"{e.ErrorCode} {e.ErrorMessage}"));

    [Fact]
    public void A_selection_names_a_missing_ladder_and_bands_upside_down_or_in_two_currencies()
    {
        var result = LadderSelection.Create(
            null,
            [
                null,
                new LadderSegment(null!),
                new LadderSegment(EscalationLadders.BusinessKeyAccount) { FromOverdue = Eur(100m), BelowOverdue = Eur(100m) },
                new LadderSegment(EscalationLadders.BusinessKeyAccount) { FromOverdue = Eur(100m), BelowOverdue = new Money(200m, Currency.GBP) },
            ]);

        Assert.Equal(
            """
            required defaultLadder = null: must be given
            required segments[0] = null: must be given, with its ladder
            required segments[1] = null: must be given, with its ladder
            out-of-range segments[2].BelowOverdue = 100.00 EUR: must be above 100.00 EUR, in the same currency
            out-of-range segments[3].BelowOverdue = 200.00 GBP: must be above 100.00 EUR, in the same currency
            """.ReplaceLineEndings("\n"),
            Refusals(result));
        Assert.True(LadderSelection.Create(EscalationLadders.BusinessStandard, null).IsSuccess);
    }

    [Fact]
    public void A_band_holds_its_lower_edge_and_not_its_upper_one()
    {
        var selection = LadderSelection.Create(
            EscalationLadders.BusinessStandard,
            [new LadderSegment(EscalationLadders.BusinessKeyAccount) { FromOverdue = Eur(100m), BelowOverdue = Eur(100.01m) }]).Value;

        Assert.Same(EscalationLadders.BusinessStandard, selection.Select(DebtorKind.Business, Eur(99.99m)));
        Assert.Same(EscalationLadders.BusinessKeyAccount, selection.Select(DebtorKind.Business, Eur(100m)));
        Assert.Same(EscalationLadders.BusinessStandard, selection.Select(DebtorKind.Business, Eur(100.01m)));
        Assert.Same(EscalationLadders.BusinessStandard, selection.Select(DebtorKind.Business, new Money(100m, Currency.GBP)));
        Assert.Equal("kind", Assert.Throws<ArgumentNullException>(() => selection.Select(null!, Eur(1m))).ParamName);
    }

    [Fact]
    public void The_grace_days_delay_a_step_of_the_due_date_itself_but_not_a_reminder_before_it()
    {
        var ladder = EscalationLadder.Builder("Grace", "GB")
            .WithGraceDays(5)
            .Remind("Before", -3, StepChannel.Email, Tone.Courteous, "b")
            .Remind("On the day", 0, StepChannel.Email, Tone.Courteous, "d")
            .ProposeWriteOff("Write-off", 30, "w")
            .Build().Value;

        Assert.Equal([-3, 5, 35], ladder.Steps.Select(ladder.DaysAfterDue));
        Assert.Equal(
            ["Before: 3 days before the due date, email, courteous", "On the day: due date + 5 days, email, courteous"],
            ladder.Describe(CultureInfo.InvariantCulture).Split('\n').Skip(1).Take(2).Select(l => l.Trim()));
        Assert.True(ladder.Steps[0].IsBeforeDue);
        Assert.False(ladder.Steps[1].IsBeforeDue);
    }

    [Fact]
    public void Each_kind_of_contact_data_has_its_step_channel()
    {
        Assert.Equal(StepChannel.Email, StepChannel.For(ContactChannel.Email));
        Assert.Equal(StepChannel.Sms, StepChannel.For(ContactChannel.Sms));
        Assert.Equal(StepChannel.CallTask, StepChannel.For(ContactChannel.PhoneCall));
        Assert.Equal(StepChannel.RegisteredLetter, StepChannel.For(ContactChannel.RegisteredLetter));
        Assert.Equal(StepChannel.Letter, StepChannel.For(ContactChannel.Letter));
    }
}
