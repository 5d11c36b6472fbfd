using System.Globalization;
using Microsoft.Extensions.Configuration;
using NodaTime;
using NodaTime.Text;

namespace Recouvrement.Worker.Hosting;

/// <summary>Reads <see cref="WorkerOptions"/> from configuration, naming each value it cannot read by its path.</summary>
internal static class WorkerOptionsReader
{
    private static readonly string[] Keys = ["RunAt", "TimeZone", "PartitionSize", "Parallelism", "Name", "ClaimRetry", "RetryAfterFailure"];

    internal static void Read(IConfiguration configuration, WorkerOptions options)
    {
        options.ConnectionString = configuration.GetConnectionString(WorkerOptions.ConnectionStringName) ?? options.ConnectionString;
        var section = configuration.GetSection(WorkerOptions.SectionName);
        foreach (var child in section.GetChildren().Where(c => !Keys.Contains(c.Key, StringComparer.OrdinalIgnoreCase)))
        {
            options.ReadErrors.Add($"{child.Path}: is not a worker setting; the settings are {string.Join(", ", Keys)}");
        }

        Parse(section, "RunAt", LocalTimePattern.CreateWithInvariantCulture("HH:mm").Parse, value => options.RunAt = value, "a time of day as HH:mm", options);
        Parse(section, "TimeZone", text => Zone(text), value => options.TimeZone = value, "a time zone of the tz database, such as Europe/Paris", options);
        Parse(section, "PartitionSize", Integer, value => options.PartitionSize = value, "a whole number", options);
        Parse(section, "Parallelism", Integer, value => options.Parallelism = value, "a whole number", options);
        Parse(section, "ClaimRetry", DurationPattern.Roundtrip.Parse, value => options.ClaimRetry = value, "a duration as D:hh:mm:ss", options);
        Parse(section, "RetryAfterFailure", DurationPattern.Roundtrip.Parse, value => options.RetryAfterFailure = value, "a duration as D:hh:mm:ss", options);
        options.Name = section["Name"] ?? options.Name;
    }

    private static void Parse<T>(IConfigurationSection section, string key, Func<string, ParseResult<T>> parse, Action<T> set, string expected, WorkerOptions options)
    {
        if (section[key] is not { } text)
        {
            return;
        }

        var parsed = parse(text);
        if (parsed.Success)
        {
            set(parsed.Value);
            return;
        }

        options.ReadErrors.Add($"{section.Path}:{key} = '{text}': is not {expected}");
    }

    private static ParseResult<int> Integer(string text)
        => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? ParseResult<int>.ForValue(value) : ParseResult<int>.ForException(() => new FormatException(text));

    private static ParseResult<DateTimeZone> Zone(string text)
        => DateTimeZoneProviders.Tzdb.GetZoneOrNull(text) is { } zone ? ParseResult<DateTimeZone>.ForValue(zone) : ParseResult<DateTimeZone>.ForException(() => new FormatException(text));
}
