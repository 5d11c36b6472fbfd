namespace Recouvrement.Docs.Tests;

/// <summary>The samples of docs/money.md.</summary>
public class MoneyPage
{
    [Fact]
    public void A_host_adds_its_own_currency()
    {
        // begin-snippet: custom-currency
        var xof = Currency.Create("XOF", 0, "F CFA").Value;
        var registry = CurrencyRegistry.Default.With(xof).Value; // a new registry; Default is unchanged
        // end-snippet

        Assert.Equal(xof, registry.Find("xof").Value);
        Assert.False(CurrencyRegistry.Default.TryFind("XOF", out _));
    }
}
