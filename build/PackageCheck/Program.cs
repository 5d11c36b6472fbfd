// Opens the .nupkg and .snupkg files that `dotnet pack` wrote and checks what a consumer relies on: package README,
// icon, release notes, license expression, description, tags, repository metadata, the strong-named assembly (one key,
// an assembly version fixed per major version, the commit in the informational version) and its XML docs for every
// target framework, the expected dependency groups with no vulnerable floor, and symbols carrying SourceLink. Every
// problem is listed; exit 1 if any.
using System.IO.Compression;
using System.Reflection.Metadata;
using System.Xml.Linq;

// `--strong-name-closure host.exe`: the strong-named assemblies that reference one without a strong name, a line each.
if (args is ["--strong-name-closure", var entry])
{
    foreach (var (referrer, unsigned) in StrongNameClosure.Breaks(entry))
    {
        Console.WriteLine($"{referrer} -> {unsigned}");
    }

    return 0;
}

var folder = args.Length > 0 ? args[0] : "artifacts/packages";
string[] frameworks = ["netstandard2.0", "net8.0", "net10.0"];
var expected = new Dictionary<string, string[]>
{
    ["Recouvrement.Domain"] = ["Ardalis.Result", "Ardalis.SmartEnum", "NodaTime"],
    ["Recouvrement.Scheduling"] = ["NodaTime", "Recouvrement.Domain"],
    ["Recouvrement.Extensions"] =
    [
        "Microsoft.Extensions.Configuration.Abstractions", "Microsoft.Extensions.DependencyInjection.Abstractions",
        "Microsoft.Extensions.Logging.Abstractions", "Microsoft.Extensions.Options", "NodaTime.Serialization.SystemTextJson",
        "Recouvrement.Domain", "Recouvrement.Scheduling",
    ],
};

// What .NET 8 and later hold in the box and older frameworks take as packages.
var netStandardOnly = new Dictionary<string, string[]>
{
    ["Recouvrement.Domain"] = ["System.Text.Json"],
    ["Recouvrement.Extensions"] = ["Microsoft.Bcl.TimeProvider", "System.Diagnostics.DiagnosticSource", "System.Text.Json"],
};
var sourceLinkKind = new Guid("CC110556-A091-4D38-9FEC-25AB9A351A6A");
var problems = new List<string>();
var floor = new DependencyFloor(folder, Environment.GetEnvironmentVariable("NUGET_PACKAGES")
    ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages"));
var publicKeys = new HashSet<string>(StringComparer.Ordinal);

foreach (var (id, dependencies) in expected)
{
    var nupkg = Directory.GetFiles(folder, $"{id}.*.nupkg").SingleOrDefault(p => IsPackageOf(p, id, ".nupkg"));
    var snupkg = Directory.GetFiles(folder, $"{id}.*.snupkg").SingleOrDefault(p => IsPackageOf(p, id, ".snupkg"));
    if (nupkg is null || snupkg is null)
    {
        problems.Add($"{id}: .nupkg or .snupkg missing in {folder}");
        continue;
    }

    using (var package = ZipFile.OpenRead(nupkg))
    {
        var nuspecEntry = package.Entries.Single(e => e.FullName == $"{id}.nuspec");
        XNamespace ns;
        XElement metadata;
        using (var stream = nuspecEntry.Open())
        {
            var nuspec = XDocument.Load(stream);
            ns = nuspec.Root!.GetDefaultNamespace();
            metadata = nuspec.Root.Element(ns + "metadata")!;
        }

        string? Meta(string name) => metadata.Element(ns + name)?.Value;
        void Require(bool condition, string what)
        {
            if (!condition)
            {
                problems.Add($"{id}: {what}");
            }
        }

        Require(!string.IsNullOrWhiteSpace(Meta("description")), "no description");
        Require(!string.IsNullOrWhiteSpace(Meta("tags")), "no tags");
        Require(metadata.Element(ns + "license")?.Attribute("type")?.Value == "expression"
                && !string.IsNullOrWhiteSpace(Meta("license")), "no license expression");
        var readme = Meta("readme");
        Require(readme is not null && package.GetEntry(readme) is not null, "no package README");
        var icon = Meta("icon");
        Require(icon is not null && package.GetEntry(icon) is not null, "no package icon");
        Require(Meta("releaseNotes")?.StartsWith("###", StringComparison.Ordinal) == true, "no release notes from CHANGELOG.md");
        var repository = metadata.Element(ns + "repository");
        var commit = repository?.Attribute("commit")?.Value ?? string.Empty;
        Require(repository?.Attribute("url")?.Value.StartsWith("https://", StringComparison.Ordinal) == true
                && commit.Length > 0, "no repository url and commit");
        if (readme is not null && package.GetEntry(readme) is { } readmeEntry)
        {
            using var text = new StreamReader(readmeEntry.Open());
            Require(!text.ReadToEnd().Contains("/main/", StringComparison.Ordinal), "the README links to main, not to the package's commit");
        }

        var version = new Version(Meta("version")!.Split('-', '+')[0]);

        foreach (var tfm in frameworks)
        {
            Require(package.GetEntry($"lib/{tfm}/{id}.dll") is not null, $"no lib/{tfm}/{id}.dll");
            Require(package.GetEntry($"lib/{tfm}/{id}.xml") is not null, $"no XML docs for {tfm}");
            if (package.GetEntry($"lib/{tfm}/{id}.dll") is { } dll)
            {
                using var stream = dll.Open();
                var identity = AssemblyIdentity.Read(stream);
                publicKeys.Add(identity.PublicKey);
                Require(identity.Signed && identity.PublicKey.Length > 0, $"lib/{tfm}/{id}.dll is not strong-named");
                var wantedVersion = version.Major == 0 ? new Version(0, version.Minor, 0, 0) : new Version(version.Major, 0, 0, 0);
                Require(identity.Version == wantedVersion, $"lib/{tfm}/{id}.dll has assembly version {identity.Version}, expected {wantedVersion}");
                Require(identity.InformationalVersion.StartsWith(Meta("version")! + "+" + commit, StringComparison.Ordinal),
                    $"lib/{tfm}/{id}.dll has informational version '{identity.InformationalVersion}', expected the package version and commit");
            }

            var group = metadata.Element(ns + "dependencies")?.Elements(ns + "group")
                .SingleOrDefault(g => NormalizeFramework(g.Attribute("targetFramework")?.Value) == tfm);
            var actual = group?.Elements(ns + "dependency").Select(d => d.Attribute("id")!.Value).Order(StringComparer.Ordinal).ToArray() ?? [];
            var wanted = tfm == "netstandard2.0" && netStandardOnly.TryGetValue(id, out var extra) ? [.. dependencies, .. extra] : dependencies;
            Require(actual.SequenceEqual(wanted.Order(StringComparer.Ordinal)),
                $"dependencies for {tfm} are [{string.Join(", ", actual)}], expected [{string.Join(", ", wanted)}]");
            foreach (var problem in floor.Check(group?.Elements(ns + "dependency") ?? [], tfm))
            {
                problems.Add($"{id}: {problem}");
            }
        }
    }

    using var symbols = ZipFile.OpenRead(snupkg);
    foreach (var tfm in frameworks)
    {
        var pdb = symbols.GetEntry($"lib/{tfm}/{id}.pdb");
        if (pdb is null)
        {
            problems.Add($"{id}: no symbols for {tfm}");
            continue;
        }

        using var copy = new MemoryStream();
        using (var stream = pdb.Open())
        {
            stream.CopyTo(copy);
        }

        copy.Position = 0;
        using var provider = MetadataReaderProvider.FromPortablePdbStream(copy);
        var reader = provider.GetMetadataReader();
        var sourceLink = reader.CustomDebugInformation
            .Select(reader.GetCustomDebugInformation)
            .FirstOrDefault(c => reader.GetGuid(c.Kind) == sourceLinkKind);
        var json = sourceLink.Kind.IsNil ? string.Empty : System.Text.Encoding.UTF8.GetString(reader.GetBlobBytes(sourceLink.Value));
        if (!json.Contains("https://", StringComparison.Ordinal))
        {
            problems.Add($"{id}: the {tfm} symbols carry no SourceLink");
        }
    }
}

if (publicKeys.Count > 1)
{
    problems.Add($"the packages' assemblies are signed with {publicKeys.Count} different keys");
}

foreach (var problem in problems)
{
    Console.Error.WriteLine($"package check: {problem}");
}

Console.WriteLine(problems.Count == 0
    ? $"package check: {expected.Count} packages hold README, icon, release notes, license, metadata, strong-named assemblies, docs, dependencies, symbols and SourceLink"
    : $"package check: {problems.Count} problem(s)");
return problems.Count == 0 ? 0 : 1;

static bool IsPackageOf(string path, string id, string extension)
{
    var name = Path.GetFileName(path);
    return name.StartsWith(id + ".", StringComparison.Ordinal)
           && name.EndsWith(extension, StringComparison.Ordinal)
           && char.IsDigit(name[id.Length + 1]);
}

static string? NormalizeFramework(string? framework) => framework switch
{
    ".NETStandard2.0" => "netstandard2.0",
    _ => framework,
};
