using Recouvrement.Reasons;

namespace Recouvrement.Docs.Tests;

/// <summary>docs/reasons.md lists the card decline categories of the code's vocabulary, so that the table cannot drift.</summary>
public class ReasonsPage
{
    [Fact]
    public void The_page_lists_every_card_decline_category_with_its_reason_retry_and_codes()
    {
        var page = File.ReadAllLines(Path.Combine(SnippetTests.Root, "docs", "reasons.md"));
        foreach (var decline in CardDecline.List)
        {
            var row = Assert.Single(page, line => line.StartsWith($"| `{decline.Name}` |", StringComparison.Ordinal));
            Assert.StartsWith($"| `{decline.Name}` | `{decline.Reason.Name}` | {decline.Retry.ToString().ToLowerInvariant()} |", row, StringComparison.Ordinal);
            Assert.All(decline.Aliases, code => Assert.Contains(code, row, StringComparison.Ordinal));
        }
    }
}
