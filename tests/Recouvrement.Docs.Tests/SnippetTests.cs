using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Snapshooter;
using Snapshooter.Xunit;

// The programs print to the process's one console, which SnippetTests captures: no other test may write there meanwhile.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace Recouvrement.Docs.Tests;

/// <summary>
/// Every <c>csharp</c> block of README.md, docs/ and the packages' pages (src/*/README.md) is a whole program a user
/// could paste into a new console project: its using directives, top-level statements (and any class it declares after
/// them), output through <c>Console.WriteLine</c>. Each is compiled alone, as a program, against the three libraries,
/// the packages they depend on and the shared frameworks (ASP.NET Core's holds the generic host): implicit usings off,
/// nullable on, every compiler warning an error. A block that does not compile fails with the compiler's diagnostics,
/// at their lines in the Markdown.
/// </summary>
/// <remarks>
/// <para>The comment before a block names it, <c>&lt;!-- snippet: name --&gt;</c>. The program is then run, and what it
/// prints must equal <c>__snapshots__/SnippetTests.name.snap</c>: the figures the page promises are checked that way.</para>
/// <para><c>&lt;!-- snippet: name (not run) --&gt;</c> declares a program that is only compiled: a server or a host that
/// runs until stopped and prints the machine's paths and today's date. A test beside (<see cref="ConfigurationPage"/>,
/// <see cref="GettingStartedPage"/>) checks what it wires.</para>
/// <para>A block shown on two pages keeps one name and the same code. What is not a C# program — JSON, shell commands,
/// an output — is fenced <c>json</c>, <c>sh</c> or <c>text</c> and not compiled.</para>
/// </remarks>
public partial class SnippetTests
{
    private const string NotRun = "not run";

    internal static readonly string Root = FindRoot();

    // What the SDK never reports: a library built against an older framework's assembly than the one it runs on.
    private static readonly ImmutableDictionary<string, ReportDiagnostic> SdkSuppressed = ImmutableDictionary.CreateRange(
        [KeyValuePair.Create("CS1701", ReportDiagnostic.Suppress), KeyValuePair.Create("CS1702", ReportDiagnostic.Suppress)]);

    private static readonly Lazy<IReadOnlyList<Block>> Blocks = new(ReadBlocks);

    // Read once: each block is its own compilation, but they all share the references.
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(ReadReferences);

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var name in Blocks.Value.Select(b => b.Name).Distinct(StringComparer.Ordinal))
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Each_block_is_a_program_that_prints_what_its_snapshot_holds(string name)
    {
        var block = Blocks.Value.First(b => b.Name == name);
        var image = Compile(block);
        if (block.Kind == NotRun)
        {
            return;
        }

        Snapshot.Match(await Run(name, image), new SnapshotFullName($"SnippetTests.{name}.snap", Path.Combine(Root, "tests", "Recouvrement.Docs.Tests")));
    }

    [Fact]
    public void Every_csharp_block_is_named_and_a_name_shown_twice_shows_the_same_code()
    {
        foreach (var block in Blocks.Value)
        {
            Assert.False(string.IsNullOrEmpty(block.Name), $"{block.File}:{block.Line}: a C# block has no <!-- snippet: name --> marker before it");
            Assert.True(block.Kind is "" or NotRun, $"{block.File}:{block.Line}: '{block.Kind}' is not a kind of snippet; '{NotRun}' is");
        }

        foreach (var shown in Blocks.Value.GroupBy(b => b.Name, StringComparer.Ordinal))
        {
            Assert.All(shown, b => Assert.Equal((shown.First().Code, shown.First().Kind), (b.Code, b.Kind)));
        }
    }

    [Fact]
    public void The_README_shows_the_quick_start()
        => Assert.Contains(Blocks.Value, b => b.File == "README.md" && b.Name == "quickstart");

    [Fact]
    public void Each_package_page_shows_a_program()
    {
        foreach (var package in new[] { "Domain", "Scheduling", "Extensions" })
        {
            Assert.Contains(Blocks.Value, b => b.File == $"src/Recouvrement.{package}/README.md");
        }
    }

    /// <summary>Compiles a block as a console program, or fails with every diagnostic at its line in the Markdown.</summary>
    private static byte[] Compile(Block block)
    {
        var tree = CSharpSyntaxTree.ParseText(block.Code, new CSharpParseOptions(LanguageVersion.Latest), block.File);
        var compilation = CSharpCompilation.Create(
            block.Name,
            [tree],
            References.Value,
            new CSharpCompilationOptions(
                OutputKind.ConsoleApplication,
                nullableContextOptions: NullableContextOptions.Enable,
                generalDiagnosticOption: ReportDiagnostic.Error,
                warningLevel: 9999,
                specificDiagnosticOptions: SdkSuppressed));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        var errors = emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => $"{block.File}:{block.Line + d.Location.GetLineSpan().StartLinePosition.Line + 1}: {d.Id}: {d.GetMessage(CultureInfo.InvariantCulture)}")
            .ToList();
        Assert.True(emitted.Success && errors.Count == 0, $"The block '{block.Name}' does not compile as a program:\n" + string.Join("\n", errors));
        return image.ToArray();
    }

    /// <summary>Runs a compiled program in a context of its own and returns what it printed, in the invariant culture.</summary>
    private static async Task<string> Run(string name, byte[] image)
    {
        var context = new AssemblyLoadContext(name, isCollectible: true);
        var (console, culture, uiCulture) = (Console.Out, CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        using var output = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        Console.SetOut(output);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        try
        {
            using var stream = new MemoryStream(image);
            var entry = context.LoadFromStream(stream).EntryPoint!;
            var returned = entry.Invoke(null, entry.GetParameters().Length == 0 ? null : [Array.Empty<string>()]);
            if (returned is Task task)
            {
                await task;
            }
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw new InvalidOperationException($"The block '{name}' throws", e.InnerException);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
            Console.SetOut(console);
            context.Unload();
        }

        return output.ToString();
    }

    /// <summary>
    /// The shared frameworks the test runs on, and the three libraries with every assembly they depend on, transitively:
    /// what a program that references the three packages compiles against, and nothing of the test's own.
    /// </summary>
    private static ImmutableArray<MetadataReference> ReadReferences()
    {
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var byName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in trusted)
        {
            // The test host may list an assembly twice: the first is the one loaded.
            byName.TryAdd(Path.GetFileNameWithoutExtension(path), path);
        }

        var frameworks = new[] { typeof(object), typeof(WebApplication) }.Select(t => Path.GetDirectoryName(t.Assembly.Location)).ToHashSet();
        var chosen = trusted.Where(path => frameworks.Contains(Path.GetDirectoryName(path))).ToHashSet(StringComparer.Ordinal);
        var pending = new Stack<string>(["Recouvrement.Domain", "Recouvrement.Scheduling", "Recouvrement.Extensions"]);
        while (pending.TryPop(out var name))
        {
            if (byName.TryGetValue(name, out var path) && chosen.Add(path))
            {
                foreach (var dependency in Assembly.Load(name).GetReferencedAssemblies())
                {
                    pending.Push(dependency.Name!);
                }
            }
        }

        return [.. chosen.Order(StringComparer.Ordinal).Select(path => MetadataReference.CreateFromFile(path))];
    }

    private static List<Block> ReadBlocks()
    {
        var pages = new[] { "README.md" }
            .Concat(Directory.EnumerateFiles(Path.Combine(Root, "docs"), "*.md", SearchOption.AllDirectories))
            .Concat(Directory.EnumerateDirectories(Path.Combine(Root, "src")).Select(package => Path.Combine(package, "README.md")).Where(File.Exists))
            .Select(file => Path.GetRelativePath(Root, Path.Combine(Root, file)).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        var blocks = new List<Block>();
        foreach (var page in pages)
        {
            var markdown = File.ReadAllText(Path.Combine(Root, page)).ReplaceLineEndings("\n");
            foreach (Match block in CodeBlock().Matches(markdown))
            {
                var code = block.Groups["code"];
                var line = markdown.AsSpan(0, code.Index).Count('\n');
                blocks.Add(new Block(page, line, block.Groups["name"].Value, block.Groups["kind"].Value, code.Value));
            }
        }

        return blocks;
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

    [GeneratedRegex(@"(?:<!-- snippet: (?<name>[\w-]+)(?: \((?<kind>[\w ]+)\))? -->\n)?```csharp\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex CodeBlock();

    /// <summary>A C# block: its page, the line before its code (0-based), its name and kind, its code.</summary>
    private sealed record Block(string File, int Line, string Name, string Kind, string Code);
}
