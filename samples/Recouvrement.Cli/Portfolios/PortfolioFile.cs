using Ardalis.Result;
using Recouvrement.Accounts;
using Recouvrement.Scheduling;

namespace Recouvrement.Cli.Portfolios;

/// <summary>Reads a portfolio file and checks all of it; every problem comes back with its line and field.</summary>
internal static class PortfolioFile
{
    internal static (Portfolio? Portfolio, IReadOnlyList<FileError> Errors) Read(string file, byte[] json)
    {
        var (format, refused) = JsonFile.Read<PortfolioFormat>(file, json);
        if (refused is not null)
        {
            return (null, [refused]);
        }

        var errors = new List<FileError>();
        void Fail(string path, string message) => errors.Add(new FileError(file, JsonLines.Find(json, path), JsonFile.Field(path), message));

        if (format?.Accounts is null)
        {
            Fail("$.accounts", "is missing: a portfolio is { \"accounts\": [ … ] }");
            return (null, errors);
        }

        void NullsIn<T>(IReadOnlyList<T>? items, string at, string what)
            where T : class
        {
            for (var n = 0; n < (items?.Count ?? 0); n++)
            {
                if (items![n] is null)
                {
                    Fail($"{at}[{n}]", $"is null: {what} is an object");
                }
            }
        }

        var entries = new List<PortfolioEntry>(format.Accounts.Count);
        var capacities = new Dictionary<string, Money>(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < format.Accounts.Count; i++)
        {
            var at = $"$.accounts[{i}]";
            var account = format.Accounts[i];
            if (account is null)
            {
                Fail(at, "is null: an account is { \"debtor\": …, \"entries\": [ … ] }");
                continue;
            }

            // A null in a list is the file's mistake, named where it is, before any of it is read.
            var nulls = errors.Count;
            NullsIn(account.Entries, $"{at}.entries", "an entry");
            NullsIn(account.Signals, $"{at}.signals", "a signal");
            NullsIn(account.Cases, $"{at}.cases", "a case");
            if (errors.Count > nulls)
            {
                continue;
            }

            if (account.Debtor is { } debtor && !seen.TryAdd(debtor.Id, i))
            {
                Fail($"{at}.debtor.id", $"\"{debtor.Id}\" is already the debtor of accounts[{seen[debtor.Id]}]");
            }

            var built = Account.Create(account.Debtor!, account.Entries?.ToArray()!);
            if (!built.IsSuccess)
            {
                foreach (var error in built.ValidationErrors)
                {
                    Fail($"{at}.{CamelPath(error.Identifier)}", WithoutIdentifier(error));
                }

                continue;
            }

            var cases = account.Cases ?? [];
            for (var c = 0; c < cases.Count; c++)
            {
                if (cases[c].DebtorId != account.Debtor!.Id || !cases[c].Currency.Equals(built.Value.Currency))
                {
                    Fail($"{at}.cases[{c}]", $"case {cases[c].Id} is for {cases[c].DebtorId} in {cases[c].Currency.Code}, not for this account");
                }
            }

            if (account.MonthlyCapacity is { } capacity)
            {
                if (!capacity.Currency.Equals(built.Value.Currency) || !capacity.IsPositive)
                {
                    Fail($"{at}.monthlyCapacity", $"{capacity} is not a positive amount in {built.Value.Currency.Code}");
                }

                capacities[account.Debtor!.Id] = capacity;
            }

            entries.Add(new PortfolioEntry(built.Value) { Cases = cases, Signals = account.Signals ?? [] });
        }

        return errors.Count > 0
            ? (null, errors)
            : (new Portfolio(format.Name ?? file, format.AsOf, entries, capacities), errors);
    }

    /// <summary>"entries[2].DueDate" as the file spells it: "entries[2].dueDate".</summary>
    private static string CamelPath(string identifier)
        => string.Join('.', identifier.Split('.').Select(part => part.Length > 0 ? char.ToLowerInvariant(part[0]) + part[1..] : part));

    /// <summary>"entries[2].DueDate = 2026-01-01: is before…" without the identifier the line and field already give.</summary>
    private static string WithoutIdentifier(ValidationError error)
        => error.ErrorMessage.StartsWith(error.Identifier + " = ", StringComparison.Ordinal) ? error.ErrorMessage[(error.Identifier.Length + 3)..] : error.ErrorMessage;
}
