using System.Diagnostics;
using NodaTime;

namespace Recouvrement.Worker.Tests;

/// <summary>The worker as its own process, its output kept for the assertions' messages.</summary>
internal sealed class WorkerProcess : IDisposable
{
    private readonly Process process;
    private readonly System.Text.StringBuilder output = new();

    private WorkerProcess(IEnumerable<string> arguments, IDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "recouvrement-worker.dll"), .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        process = Process.Start(start) ?? throw new InvalidOperationException("the worker did not start");
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    internal bool HasExited => process.HasExited;

    /// <summary>Runs one day, with small partitions so that instances share them.</summary>
    internal static WorkerProcess Once(string connectionString, string name, LocalDate date)
        => new(["--once", "--date", date.ToString("uuuu-MM-dd", null), "--connection", connectionString], new Dictionary<string, string>
        {
            ["Worker__Name"] = name,
            ["Worker__PartitionSize"] = "50",
            ["Worker__Parallelism"] = "1",
            ["Worker__ClaimRetry"] = "0:00:00:00.1",
            ["Logging__LogLevel__Default"] = "Warning",
        });

    /// <summary>Runs the program with these arguments and environment.</summary>
    internal static WorkerProcess Start(IEnumerable<string> arguments, IDictionary<string, string> environment) => new(arguments, environment);

    internal string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    internal Task SucceedsAsync() => ExitsWithAsync(0);

    internal async Task ExitsWithAsync(int code)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == code, $"exit code {process.ExitCode}: {Output}");
    }

    internal void Kill() => process.Kill(entireProcessTree: true);

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.Dispose();
    }

    private void Append(string? line)
    {
        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
