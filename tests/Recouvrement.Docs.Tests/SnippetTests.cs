using System.Text.RegularExpressions;

namespace Recouvrement.Docs.Tests;

/// <summary>
/// Every C# block in README.md and docs/ is preceded by <c>&lt;!-- snippet: name --&gt;</c> and must equal the
/// compiled region <c>// begin-snippet: name</c> … <c>// end-snippet</c> of a test in this project.
/// </summary>
public partial class SnippetTests
{
    private static readonly string Root = FindRoot();

    public static TheoryData<string> MarkdownFiles()
    {
        var data = new TheoryData<string>();
        data.Add("README.md");
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Root, "docs"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(Root, file).Replace('\\', '/'));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(MarkdownFiles))]
    public void Every_csharp_block_is_a_compiled_snippet(string markdownFile)
    {
        var snippets = CompiledSnippets();
        var markdown = File.ReadAllText(Path.Combine(Root, markdownFile)).ReplaceLineEndings("\n");
        foreach (Match block in CodeBlock().Matches(markdown))
        {
            var name = block.Groups["name"].Value;
            Assert.False(string.IsNullOrEmpty(name), $"{markdownFile}: a C# block has no <!-- snippet: name --> marker before it");
            Assert.True(snippets.TryGetValue(name, out var code), $"{markdownFile}: no compiled snippet named '{name}'");
            Assert.Equal(code, block.Groups["code"].Value.TrimEnd());
        }
    }

    [Fact]
    public void The_README_shows_the_quick_start()
        => Assert.Contains("<!-- snippet: quickstart -->", File.ReadAllText(Path.Combine(Root, "README.md")), StringComparison.Ordinal);

    private static Dictionary<string, string> CompiledSnippets()
    {
        var snippets = new Dictionary<string, string>(StringComparer.Ordinal);
        var sources = Path.Combine(Root, "tests", "Recouvrement.Docs.Tests");
        foreach (var file in Directory.EnumerateFiles(sources, "*.cs"))
        {
            foreach (Match region in SnippetRegion().Matches(File.ReadAllText(file).ReplaceLineEndings("\n")))
            {
                var lines = region.Groups["code"].Value.TrimEnd().Split('\n');
                var indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
                snippets.Add(region.Groups["name"].Value, string.Join("\n", lines.Select(l => l.Length >= indent ? l[indent..] : l.Trim())));
            }
        }

        return snippets;
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Recouvrement.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Recouvrement.sln not found above the test output.");
    }

    [GeneratedRegex(@"(?:<!-- snippet: (?<name>[\w-]+) -->\n)?```csharp\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex CodeBlock();

    [GeneratedRegex(@"// begin-snippet: (?<name>[\w-]+)\n(?<code>.*?)\n[ \t]*// end-snippet", RegexOptions.Singleline)]
    private static partial Regex SnippetRegion();
}
