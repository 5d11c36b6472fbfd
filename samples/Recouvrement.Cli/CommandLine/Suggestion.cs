using System.CommandLine;

namespace Recouvrement.Cli.CommandLine;

/// <summary>What the user probably meant by a token the command does not know: the nearest command or option name.</summary>
internal static class Suggestion
{
    /// <summary>The name of <paramref name="command"/>'s subcommands and options nearest <paramref name="token"/>, or null when none is near.</summary>
    internal static string? For(Command command, string token)
    {
        var names = command.Subcommands.Select(c => c.Name).Concat(command.Options.Select(o => o.Name));
        var best = names.Select(n => (Name: n, Distance: Distance(token.ToLowerInvariant(), n)))
            .OrderBy(n => n.Distance).ThenBy(n => n.Name, StringComparer.Ordinal).FirstOrDefault();

        // Within a third of the name: "calendr" is "calendar", "xyz" is nothing.
        return best.Name is not null && best.Distance <= Math.Max(1, best.Name.Length / 3) ? best.Name : null;
    }

    /// <summary>The Levenshtein distance: the fewest letters to insert, delete or change.</summary>
    private static int Distance(string from, string to)
    {
        var previous = Enumerable.Range(0, to.Length + 1).ToArray();
        for (var i = 1; i <= from.Length; i++)
        {
            var current = new int[to.Length + 1];
            current[0] = i;
            for (var j = 1; j <= to.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (from[i - 1] == to[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[to.Length];
    }
}
