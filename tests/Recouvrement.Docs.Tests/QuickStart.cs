namespace Recouvrement.Docs.Tests;

/// <summary>The README's quick start, compiled and run so that it cannot rot.</summary>
public class QuickStart
{
    [Fact]
    public void Runs_as_the_README_shows()
    {
        // The snippet prints to the console, as a user's program would; the test reads what it printed.
        var output = new StringWriter();
        var console = Console.Out;
        Console.SetOut(output);
        Money[] instalments;
        try
        {
            instalments = Snippet();
        }
        finally
        {
            Console.SetOut(console);
        }

        Assert.Equal([new Money(333.34m, Currency.EUR), new Money(333.33m, Currency.EUR), new Money(333.33m, Currency.EUR)], instalments);
        Assert.Contains("500.00 EUR", output.ToString(), StringComparison.Ordinal);

        static Money[] Snippet()
        {
            // begin-snippet: quickstart
            var invoice = new Money(1_000.00m, Currency.EUR);

            // Three instalments that never lose a cent: 333.34 + 333.33 + 333.33.
            Money[] instalments = invoice.Split(3);

            // Caller data goes through a Result that names every problem at once.
            var allocation = MoneyAllocation.ByWeights(invoice, [50m, 30m, 20m]);
            if (allocation.IsSuccess)
            {
                Console.WriteLine(allocation.Value); // a breakdown, one line per part
            }
            // end-snippet

            return instalments;
        }
    }
}
