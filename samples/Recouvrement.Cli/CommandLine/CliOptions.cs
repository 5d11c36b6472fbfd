using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Recouvrement.Jurisdictions;
using Recouvrement.Scheduling;

namespace Recouvrement.Cli.CommandLine;

/// <summary>
/// The kinds of option the commands share, each read and checked while parsing: a value that cannot be read is a usage
/// error naming the option and what was expected, before anything runs.
/// </summary>
internal static class CliOptions
{
    /// <summary>The day the demo portfolio is as of, and the default date of every command.</summary>
    internal static readonly LocalDate DemoDate = new(2026, 4, 15);

    internal static Option<LocalDate?> Date(string name, string description, Func<LocalDate, string?>? check = null)
        => Parsed(name, description, "yyyy-MM-dd", (string text, out LocalDate value) => LocalDatePattern.Iso.Parse(text).TryGetValue(default, out value), "a date (yyyy-MM-dd)", check);

    internal static Option<decimal?> Decimal(string name, string description, Func<decimal, string?>? check = null)
        => Parsed(name, description, "n", (string text, out decimal value) => decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out value), "a number (use a decimal point: 1234.56)", check);

    internal static Option<int?> Integer(string name, string description, Func<int, string?>? check = null)
        => Parsed(name, description, "n", (string text, out int value) => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value), "a whole number", check);

    internal static Option<string?> Text(string name, string description, string helpName)
        => new($"--{name}") { Description = description, HelpName = helpName };

    internal static Option<bool> Flag(string name, string description) => new($"--{name}") { Description = description };

    /// <summary>One of a few lower-case words; <paramref name="choices"/>' first when the option is absent.</summary>
    internal static Option<string> Choice(string name, string description, params string[] choices)
    {
        var option = new Option<string>($"--{name}") { Description = description, DefaultValueFactory = _ => choices[0] };
        option.AcceptOnlyFromAmong(choices);
        return option;
    }

    /// <summary><c>--format text|json</c>: tables for a person, or JSON for a program.</summary>
    internal static Option<string> Format(string what) => Choice("format", $"{what} as text for a person (default) or JSON", "text", "json");

    /// <summary><c>--lang en|fr</c>: the language of every heading and label.</summary>
    internal static Option<string> Language() => Choice("lang", "The language of the output: English (default) or French", "en", "fr");

    internal static CultureInfo Culture(ParseResult parse, Option<string> language)
        => parse.GetValue(language) == "fr" ? CultureInfo.GetCultureInfo("fr-FR") : CultureInfo.InvariantCulture;

    /// <summary>An ISO 4217 currency; null when absent, the command then picks its default.</summary>
    internal static Option<Currency?> Currency(string name, string description)
        => new($"--{name}")
        {
            Description = description,
            HelpName = "code",
            CustomParser = result => Single(result) is not { } code ? null
                : CurrencyRegistry.Default.Find(code) is { IsSuccess: true } found ? found.Value
                : Refuse<Currency>(result, $"--{name} \"{code}\" is not an ISO 4217 currency"),
        };

    /// <summary>The jurisdiction profile of a country or region code (FR, FR-57, GB, DE…); null when absent.</summary>
    internal static Option<Jurisdiction?> Law(string name, string description)
        => new($"--{name}")
        {
            Description = description,
            HelpName = "code",
            CustomParser = result => Single(result) is not { } code ? null
                : JurisdictionProfiles.Default.Codes.TryGetValue(code, out var profile) ? profile
                : Refuse<Jurisdiction>(result, $"--{name} \"{code}\" has no jurisdiction profile: {string.Join(", ", JurisdictionProfiles.Default.Codes.Keys.Order(StringComparer.Ordinal))}"),
        };

    /// <summary>France's profile: the law when none is given.</summary>
    internal static Jurisdiction Home => JurisdictionProfiles.Default.Codes["FR"];

    /// <summary>An option read by <paramref name="parse"/> and checked by <paramref name="check"/> (which names what is wrong, or null).</summary>
    private static Option<T?> Parsed<T>(string name, string description, string helpName, TryParse<T> parse, string expected, Func<T, string?>? check)
        where T : struct
        => new($"--{name}")
        {
            Description = description,
            HelpName = helpName,
            CustomParser = result =>
            {
                if (Single(result) is not { } text)
                {
                    return null;
                }

                if (!parse(text, out var value))
                {
                    result.AddError($"--{name} \"{text}\" is not {expected}");
                    return null;
                }

                if (check?.Invoke(value) is { } problem)
                {
                    result.AddError($"--{name} \"{text}\" {problem}");
                    return null;
                }

                return value;
            },
        };

    private static string? Single(ArgumentResult result) => result.Tokens.Count == 0 ? null : result.Tokens[^1].Value;

    private static T? Refuse<T>(ArgumentResult result, string problem)
        where T : class
    {
        result.AddError(problem);
        return null;
    }

    private delegate bool TryParse<T>(string text, out T value);
}
