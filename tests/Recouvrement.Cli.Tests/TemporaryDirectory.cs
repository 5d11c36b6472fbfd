namespace Recouvrement.Cli.Tests;

/// <summary>A directory of its own for a test's files, removed afterwards.</summary>
internal sealed class TemporaryDirectory : IDisposable
{
    internal TemporaryDirectory() => Directory.CreateDirectory(Path);

    internal string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "recouvrement-cli-" + Guid.NewGuid().ToString("N"));

    internal string File(string name, string? content = null)
    {
        var path = System.IO.Path.Combine(Path, name);
        if (content is not null)
        {
            System.IO.File.WriteAllText(path, content);
        }

        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
