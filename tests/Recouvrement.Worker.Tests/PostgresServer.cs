using System.Diagnostics;
using Npgsql;

namespace Recouvrement.Worker.Tests;

/// <summary>
/// A throwaway PostgreSQL started from the machine's own install: <c>initdb</c> and <c>pg_ctl</c> in a temporary folder,
/// reached through a Unix socket in that folder (no port to collide with), stopped and deleted at the end. As root, the
/// server runs as the <c>postgres</c> user, since PostgreSQL refuses to run as root.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private const string InstallHint =
        "PostgreSQL's server is not installed (initdb and pg_ctl were looked for on PATH and in the usual install folders): "
        + "install it (Debian/Ubuntu: apt-get install postgresql; macOS: brew install postgresql; Windows: the EDB installer) to run the worker's tests";

    private static readonly Lazy<string?> Binaries = new(FindBinaries);
    private string folder = string.Empty;
    private int databases;

    /// <summary>Why the tests cannot run here, or null when PostgreSQL is installed.</summary>
    public static string? Missing => Binaries.Value is null ? InstallHint : null;

    private static bool AsRoot => OperatingSystem.IsLinux() && Environment.UserName == "root";

    public async Task InitializeAsync()
    {
        // Without PostgreSQL the tests are skipped, or under CI=true fail when they ask for a database.
        if (Binaries.Value is not { } bin)
        {
            return;
        }

        // Short: the socket's path must stay under the 107 characters Unix allows.
        folder = Path.Combine(Path.GetTempPath(), $"rw-pg-{Guid.NewGuid():N}"[..14]);
        Directory.CreateDirectory(folder);
        if (AsRoot)
        {
            await Run("chown", ["postgres", folder], asPostgres: false);
        }

        await Run(Path.Combine(bin, "initdb"), ["-D", Path.Combine(folder, "data"), "--auth=trust", "-U", "postgres", "-E", "UTF8", "--no-sync", "--no-instructions"]);

        // fsync off: the tests crash the worker, never the server, and they run faster.
        await Run(Path.Combine(bin, "pg_ctl"), ["-D", Path.Combine(folder, "data"), "-l", Path.Combine(folder, "log"), "-w", "-o",
            $"-k {folder} -c listen_addresses='' -c fsync=off -c full_page_writes=off -c max_connections=100", "start"]);
    }

    public async Task DisposeAsync()
    {
        if (Binaries.Value is { } bin && Directory.Exists(Path.Combine(folder, "data")))
        {
            await Run(Path.Combine(bin, "pg_ctl"), ["-D", Path.Combine(folder, "data"), "-m", "immediate", "-w", "stop"]);
        }

        if (folder.Length > 0 && Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Creates an empty database of its own for one test.</summary>
    /// <returns>Its connection string.</returns>
    public async Task<string> CreateDatabaseAsync()
    {
        _ = Binaries.Value ?? throw new InvalidOperationException(InstallHint);
        var name = $"test{Interlocked.Increment(ref databases)}";
        await using (var connection = new NpgsqlConnection(ConnectionString("postgres")))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        return ConnectionString(name);
    }

    private string ConnectionString(string database) => $"Host={folder};Username=postgres;Database={database};Pooling=true";

    private static async Task Run(string file, string[] arguments, bool asPostgres = true)
    {
        var start = AsRoot && asPostgres ? new ProcessStartInfo("runuser", ["-u", "postgres", "--", file, .. arguments]) : new ProcessStartInfo(file, arguments);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(file)} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await output}{await error}");
        }
    }

    /// <summary>The folder holding initdb and pg_ctl: PATH first, then where packages and installers put them.</summary>
    private static string? FindBinaries()
    {
        var suffix = OperatingSystem.IsWindows() ? ".exe" : string.Empty;
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        string[] roots = ["/usr/lib/postgresql", "/usr/local/opt", "/opt/homebrew/opt", "/usr", @"C:\Program Files\PostgreSQL"];
        var installed = roots.Where(Directory.Exists)
            .SelectMany(root => Directory.EnumerateDirectories(root).Where(d => Path.GetFileName(d).StartsWith("postgresql", StringComparison.Ordinal) || char.IsDigit(Path.GetFileName(d)[0]) || Path.GetFileName(d).StartsWith("pgsql", StringComparison.Ordinal)))
            .OrderByDescending(d => d, StringComparer.Ordinal)
            .Select(d => Path.Combine(d, "bin"));
        return onPath.Concat(installed).Concat(["/usr/local/pgsql/bin"])
            .FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb" + suffix)) && File.Exists(Path.Combine(d, "pg_ctl" + suffix)));
    }
}

/// <summary>The tests that share one throwaway server.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresTests : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL";
}

/// <summary>
/// A test that needs PostgreSQL: skipped, with how to install it, where the server is not installed — except under
/// <c>CI=true</c>, where it runs and fails, so that CI never passes without the tests that matter most.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresServer.Missing is { } why && Environment.GetEnvironmentVariable("CI") != "true")
        {
            Skip = why;
        }
    }
}
