using NodaTime;
using Recouvrement.Accounts;
using Recouvrement.Debtors;

namespace Recouvrement.Fuzz.Tests.Findings;

/// <summary>What the account fuzz properties found, each input as the fuzzer gave it.</summary>
public sealed class AccountFindings
{
    [Fact]
    public void A_last_bound_of_int_MaxValue_days_is_refused_by_its_index()
    {
        // The label loop computed the start of a range after the last one: int.MaxValue + 1 overflowed. A bound beyond a
        // hundred years names no real column, so it is refused.
        var buckets = AgingBuckets.Create([322, int.MaxValue]);

        Assert.Equal(["upperBounds[1]"], buckets.ValidationErrors.Select(e => e.Identifier));
    }

    [Fact]
    public void Instalments_summing_past_decimal_MaxValue_are_refused()
    {
        // Summing the instalments to compare them with the total overflowed before it could refuse them.
        var invoice = new Invoice("F-1", new LocalDate(2028, 12, 21), new LocalDate(2028, 12, 31), new Money(1m, Currency.EUR))
        {
            Instalments = [new Instalment(new LocalDate(2029, 1, 1), new Money(79228162514264337593543950335.00m, Currency.EUR)), new Instalment(new LocalDate(2029, 2, 1), new Money(1m, Currency.EUR))],
        };

        var account = Account.Create(new Debtor("D-1", "Debtor", DebtorKind.Business, "DE"), [invoice]);

        Assert.Equal(["entries[0].Instalments"], account.ValidationErrors.Select(e => e.Identifier));
    }

    [Fact]
    public void Dso_of_a_statement_on_the_first_date_there_is_answers()
    {
        // The sales period started before LocalDate.MinIsoValue: NodaTime overflowed.
        var invoice = new Invoice("F-2", LocalDate.MinIsoValue, LocalDate.MinIsoValue.PlusDays(60), new Money(95_475m, Currency.EUR));
        var statement = Account.Create(new Debtor("F-2", "F-2", DebtorKind.PublicAuthority, "GB"), [invoice]).Value.AsOf(LocalDate.MinIsoValue);

        Assert.Equal(["periodDays"], DaysSalesOutstanding.Standard([statement]).ValidationErrors.Select(e => e.Identifier));
        Assert.True(DaysSalesOutstanding.Standard([statement], periodDays: 1).IsSuccess);
    }
}
