using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Recouvrement.Jurisdictions;
using Recouvrement.Scheduling;

namespace Recouvrement.Cli;

/// <summary>
/// A command's options (<c>--name value</c>, <c>--flag</c>) and positional values, read once; every unknown option or
/// unreadable value is collected so the user sees all of them at once.
/// </summary>
internal sealed class Arguments
{
    private readonly Dictionary<string, string?> options = new(StringComparer.Ordinal);
    private readonly List<string> positional = [];

    private Arguments()
    {
    }

    /// <summary>Gets the problems found so far: unknown options, missing or unreadable values.</summary>
    internal List<string> Errors { get; } = [];

    internal IReadOnlyList<string> Positional => positional;

    /// <summary>Reads <paramref name="args"/> against the options the command knows; flags take no value.</summary>
    internal static Arguments Parse(IEnumerable<string> args, IReadOnlyCollection<string> valued, IReadOnlyCollection<string> flags)
    {
        var parsed = new Arguments();
        using var cursor = args.GetEnumerator();
        while (cursor.MoveNext())
        {
            var arg = cursor.Current;
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                parsed.positional.Add(arg);
                continue;
            }

            var name = arg[2..];
            var inline = name.IndexOf('=', StringComparison.Ordinal);
            string? value = null;
            if (inline >= 0)
            {
                (name, value) = (name[..inline], name[(inline + 1)..]);
            }

            if (flags.Contains(name) && value is null)
            {
                parsed.options[name] = null;
            }
            else if (valued.Contains(name))
            {
                if (value is null && !cursor.MoveNext())
                {
                    parsed.Errors.Add($"--{name} needs a value");
                    continue;
                }

                parsed.options[name] = value ?? cursor.Current;
            }
            else
            {
                parsed.Errors.Add($"--{name} is not an option of this command");
            }
        }

        return parsed;
    }

    internal bool Has(string name) => options.ContainsKey(name);

    internal string? Text(string name) => options.TryGetValue(name, out var value) ? value : null;

    internal string Required(string name)
    {
        if (Text(name) is { Length: > 0 } value)
        {
            return value;
        }

        Errors.Add($"--{name} is required");
        return string.Empty;
    }

    internal LocalDate? Date(string name)
        => Value(name, (string text, out LocalDate value) => LocalDatePattern.Iso.Parse(text).TryGetValue(default, out value), "a date (yyyy-MM-dd)");

    internal decimal? Decimal(string name)
        => Value(name, (string text, out decimal value) => decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out value), "a number (use a decimal point: 1234.56)");

    internal int? Integer(string name)
        => Value(name, (string text, out int value) => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value), "a whole number");

    /// <summary>An ISO 4217 currency; <paramref name="fallback"/>'s when the option is absent, null and an error when unknown.</summary>
    internal Currency? Currency(string name, string fallback)
    {
        var found = CurrencyRegistry.Default.Find(Text(name) ?? fallback);
        if (!found.IsSuccess)
        {
            Errors.Add($"--{name} \"{Text(name)}\" is not an ISO 4217 currency");
            return null;
        }

        return found.Value;
    }

    /// <summary>The jurisdiction profile of a country or region code (FR, FR-57, GB, DE…); FR when absent.</summary>
    internal Jurisdiction? Law(string name)
    {
        var code = Text(name) ?? "FR";
        if (JurisdictionProfiles.Default.Codes.TryGetValue(code, out var profile))
        {
            return profile;
        }

        Errors.Add($"--{name} \"{code}\" has no jurisdiction profile: {string.Join(", ", JurisdictionProfiles.Default.Codes.Keys.Order(StringComparer.Ordinal))}");
        return null;
    }

    /// <summary>An option's value read by <paramref name="parse"/>; null when absent, an error naming what was expected when unreadable.</summary>
    private T? Value<T>(string name, TryParse<T> parse, string expected)
        where T : struct
    {
        if (Text(name) is not { } text)
        {
            return null;
        }

        if (!parse(text, out var value))
        {
            Errors.Add($"--{name} \"{text}\" is not {expected}");
            return null;
        }

        return value;
    }

    private delegate bool TryParse<T>(string text, out T value);

    /// <summary>One of a few words, case-insensitive; the default when the option is absent.</summary>
    internal string Choice(string name, string fallback, params string[] choices)
    {
        var text = Text(name) ?? fallback;
        var match = choices.FirstOrDefault(c => string.Equals(c, text, StringComparison.OrdinalIgnoreCase));
        if (match is null)
        {
            Errors.Add($"--{name} \"{text}\" is not one of {string.Join(", ", choices)}");
            return fallback;
        }

        return match;
    }
}
