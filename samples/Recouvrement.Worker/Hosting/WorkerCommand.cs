using NodaTime;
using NodaTime.Text;

namespace Recouvrement.Worker.Hosting;

/// <summary>What the command line asks: every day as a service (no arguments), or one day's run and exit.</summary>
/// <param name="Once">Run one day for every tenant, then exit: 0 when every tenant's run finished, 1 otherwise.</param>
/// <param name="Date">The run date of <c>--once</c>; today in the worker's time zone when not given.</param>
/// <param name="Seed">When more than zero, fill an empty tenant's <c>erp</c> tables with that many demo accounts first.</param>
/// <param name="ConnectionString">The PostgreSQL connection string, over the configuration's.</param>
internal sealed record WorkerCommand(bool Once, LocalDate? Date, int Seed, string? ConnectionString)
{
    internal const string Usage = """
        Usage: recouvrement-worker [--once [--date yyyy-MM-dd]] [--seed <accounts>] [--connection <connection string>]

        Runs the collection every day at Worker:RunAt for every tenant, over the PostgreSQL database of
        ConnectionStrings:Recouvrement (docs/worker.md).

          --once               Run one day for every tenant, then exit (0: every run finished; 1: a run failed)
          --date <yyyy-MM-dd>  The day --once runs (default: today in Worker:TimeZone)
          --seed <accounts>    First fill each tenant that has no customer with that many demo accounts
          --connection <cs>    The PostgreSQL connection string, over ConnectionStrings:Recouvrement
        """;

    /// <summary>Reads the arguments; every argument it does not know is an error.</summary>
    internal static (WorkerCommand? Command, IReadOnlyList<string> Errors) Parse(IReadOnlyList<string> args)
    {
        var errors = new List<string>();
        var (once, date, seed, connection) = (false, (LocalDate?)null, 0, (string?)null);
        for (var i = 0; i < args.Count; i++)
        {
            string? Value() => i + 1 < args.Count ? args[++i] : null;
            switch (args[i])
            {
                case "--once":
                    once = true;
                    break;
                case "--date":
                    var text = Value();
                    var parsed = LocalDatePattern.Iso.Parse(text ?? string.Empty);
                    if (parsed.Success)
                    {
                        date = parsed.Value;
                    }
                    else
                    {
                        errors.Add($"--date '{text}': is not a date as yyyy-MM-dd");
                    }

                    break;
                case "--seed":
                    var count = Value();
                    if (!int.TryParse(count, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out seed) || seed is < 1 or > 1_000_000)
                    {
                        errors.Add($"--seed '{count}': is not a number of accounts from 1 to 1000000");
                    }

                    break;
                case "--connection":
                    connection = Value() ?? string.Empty;
                    break;
                default:
                    errors.Add($"'{args[i]}' is not an option of the worker");
                    break;
            }
        }

        if (date is not null && !once)
        {
            errors.Add("--date needs --once: the daily service always runs today");
        }

        return errors.Count > 0 ? (null, errors) : (new WorkerCommand(once, date, seed, connection), errors);
    }
}
