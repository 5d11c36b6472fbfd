using Microsoft.Extensions.Options;
using NodaTime;

namespace Recouvrement.Worker.Hosting;

/// <summary>Checks the worker's settings at start, all at once: every problem with its path, its value and why.</summary>
internal sealed class WorkerOptionsValidator : IValidateOptions<WorkerOptions>
{
    public ValidateOptionsResult Validate(string? name, WorkerOptions options)
    {
        var errors = new List<string>(options.ReadErrors);
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            errors.Add($"ConnectionStrings:{WorkerOptions.ConnectionStringName}: is missing; give the PostgreSQL connection string (appsettings.json, the environment variable ConnectionStrings__{WorkerOptions.ConnectionStringName} or --connection)");
        }
        else
        {
            try
            {
                _ = new Npgsql.NpgsqlConnectionStringBuilder(options.ConnectionString);
            }
            catch (ArgumentException e)
            {
                errors.Add($"ConnectionStrings:{WorkerOptions.ConnectionStringName}: is not a PostgreSQL connection string: {e.Message}");
            }
        }

        if (options.PartitionSize is < 1 or > 100_000)
        {
            errors.Add($"{WorkerOptions.SectionName}:PartitionSize = {options.PartitionSize}: must be from 1 to 100000 customers");
        }

        if (options.Parallelism is < 1 or > 64)
        {
            errors.Add($"{WorkerOptions.SectionName}:Parallelism = {options.Parallelism}: must be from 1 to 64 partitions at once");
        }

        if (string.IsNullOrWhiteSpace(options.Name))
        {
            errors.Add($"{WorkerOptions.SectionName}:Name: must not be empty");
        }

        foreach (var (key, value) in new[] { ("ClaimRetry", options.ClaimRetry), ("RetryAfterFailure", options.RetryAfterFailure) })
        {
            if (value <= Duration.Zero || value > Duration.FromDays(1))
            {
                errors.Add($"{WorkerOptions.SectionName}:{key} = {value}: must be more than zero and at most a day");
            }
        }

        return errors.Count > 0 ? ValidateOptionsResult.Fail(errors) : ValidateOptionsResult.Success;
    }
}
