using Recouvrement.Debtors;
using Recouvrement.Escalation;
using Recouvrement.Reasons;

namespace Recouvrement.Domain.Tests;

public class LadderSelectionTests
{
    private static Money Eur(decimal amount) => new(amount, Currency.EUR);

    private static readonly LadderSelection Selection = LadderSelection.Create(
        EscalationLadders.BusinessStandard,
        [
            new LadderSegment(EscalationLadders.ConsumerInstalmentCredit) { DebtorKind = DebtorKind.Consumer, ReasonFamily = ReasonFamily.Hardship },
            new LadderSegment(EscalationLadders.ConsumerSmallAmount) { DebtorKind = DebtorKind.Consumer, BelowOverdue = Eur(500m) },
            new LadderSegment(EscalationLadders.BusinessKeyAccount) { DebtorKind = DebtorKind.Business, FromOverdue = Eur(50_000m) },
            new LadderSegment(EscalationLadders.PublicAuthority) { DebtorKind = DebtorKind.PublicAuthority },
        ]).Value;

    [Theory]
    [InlineData("Consumer", 20, null, "Consumer, small amount")]
    [InlineData("Consumer", 20, "JobLoss", "Consumer, instalment credit")]
    [InlineData("Consumer", 800, null, "Business, standard")]
    [InlineData("Business", 49_999.99, null, "Business, standard")]
    [InlineData("Business", 50_000, null, "Business, key account")]
    [InlineData("PublicAuthority", 10, "Forgot", "Public authority")]
    public void The_first_matching_segment_wins_else_the_default(string kind, decimal overdue, string? reason, string ladder)
        => Assert.Equal(ladder, Selection.Select(DebtorKind.FromName(kind), Eur(overdue), reason is null ? null : UnpaidReason.FromName(reason)).Name);

    [Fact]
    public void An_amount_in_another_currency_matches_no_amount_band()
        => Assert.Equal("Business, standard", Selection.Select(DebtorKind.Consumer, new Money(20m, Currency.GBP)).Name);

    [Fact]
    public void Bad_segments_are_all_listed()
    {
        var result = LadderSelection.Create(null, [null, new LadderSegment(EscalationLadders.BusinessStandard) { FromOverdue = Eur(500m), BelowOverdue = Eur(100m) }]);
        Assert.Equal(["defaultLadder", "segments[0]", "segments[1].BelowOverdue"], result.ValidationErrors.Select(e => e.Identifier));
    }
}
