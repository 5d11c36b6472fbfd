using System.Text.Json;
using NodaTime;
using Recouvrement.Scheduling;

namespace Recouvrement.Cli.Portfolios;

/// <summary>
/// Writes what a day's run did back into its portfolio file — new case events, posted charges, the run date as the file's
/// date —, so that the same day run again asks for nothing and the next day continues the story.
/// </summary>
internal static class PortfolioUpdate
{
    /// <summary>Applies the actions and rewrites the file through a temporary file moved over it.</summary>
    /// <returns>The events and charges written, or the problems that left the file untouched.</returns>
    internal static (int Events, int Charges, IReadOnlyList<string> Problems) Write(string file, Portfolio portfolio, IReadOnlyList<RunAction> actions, LocalDate runDate)
    {
        var applied = CollectionRun.Apply(portfolio.Entries, actions);
        if (!applied.IsSuccess)
        {
            return (0, 0, [.. applied.ValidationErrors.Select(e => e.ErrorMessage)]);
        }

        // The file was read and checked in full before the run: its accounts are the portfolio's entries, in order.
        var (format, _) = JsonFile.Read<PortfolioFormat>(file, File.ReadAllBytes(file));
        var updates = applied.Value;
        var accounts = format!.Accounts!.Select((account, i) => account with
        {
            // The user's entries as written, the charges after them; the cases as the run left them.
            Entries = [.. account.Entries ?? [], .. updates[i].Charges],
            Cases = updates[i].Entry.Cases.Count > 0 ? updates[i].Entry.Cases : account.Cases,
        }).ToList();

        var temporary = file + ".tmp";
        using (var stream = File.Create(temporary))
        {
            JsonSerializer.Serialize(stream, format with { AsOf = runDate, Accounts = accounts }, PortfolioFormat.Options);
        }

        File.Move(temporary, file, overwrite: true);
        return (updates.Sum(u => u.Events.Count), updates.Sum(u => u.Charges.Count), []);
    }
}
