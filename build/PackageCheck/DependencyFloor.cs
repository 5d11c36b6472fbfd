using System.IO.Compression;
using System.Xml.Linq;

/// <summary>
/// The lowest version of each package a consumer of ours resolves, per target framework, walked through the
/// dependencies' own nuspecs (from the NuGet packages folder), and checked against advisories. The registry this
/// repository restores from serves no vulnerability data, so the advisories that concern our graph are listed here.
/// </summary>
internal sealed class DependencyFloor(string builtPackages, string packagesFolder)
{
    /// <summary>Package → first fixed version, and the advisory that says so.</summary>
    private static readonly Dictionary<string, (Version Fixed, string Advisory)> Advisories = new(StringComparer.OrdinalIgnoreCase)
    {
        // High severity denial of service, fixed in 8.0.5 (8.0.4, which Ardalis.Result asks for, is affected).
        ["System.Text.Json"] = (new Version(8, 0, 5), "CVE-2024-43485, GHSA-8g4q-xg66-9fp4"),
    };

    /// <summary>The problems of one package's dependency group for one target framework.</summary>
    public IEnumerable<string> Check(IEnumerable<XElement> dependencies, string framework)
    {
        var floor = new Dictionary<string, Version>(StringComparer.OrdinalIgnoreCase);
        var pending = new Queue<XElement>(dependencies);
        while (pending.TryDequeue(out var dependency))
        {
            var id = dependency.Attribute("id")!.Value;
            var version = LowerBound(dependency.Attribute("version")?.Value);
            if (floor.TryGetValue(id, out var known) && known >= version)
            {
                continue;
            }

            floor[id] = version;
            var root = FindNuspec(id, version)?.Root;
            if (root is null)
            {
                continue;
            }

            var theirs = root.GetDefaultNamespace();
            var group = NearestGroup(root.Element(theirs + "metadata")?.Element(theirs + "dependencies")?.Elements(theirs + "group") ?? [], framework);
            foreach (var next in group?.Elements(theirs + "dependency") ?? [])
            {
                pending.Enqueue(next);
            }
        }

        foreach (var (id, version) in floor)
        {
            if (Advisories.TryGetValue(id, out var advisory) && version < advisory.Fixed)
            {
                yield return $"{framework}: a consumer resolves {id} {version}, below {advisory.Fixed} ({advisory.Advisory})";
            }
        }
    }

    private XDocument? FindNuspec(string id, Version version)
    {
        var ours = Directory.GetFiles(builtPackages, $"{id}.*.nupkg").Where(p => !p.EndsWith(".symbols.nupkg", StringComparison.Ordinal)).ToArray();
        if (ours.Length == 1)
        {
            using var package = ZipFile.OpenRead(ours[0]);
            using var stream = package.GetEntry($"{id}.nuspec")!.Open();
            return XDocument.Load(stream);
        }

        // The registry may serve only a later patch than the floor asked for (NU1603): take the nearest above.
        var folder = Path.Combine(packagesFolder, id.ToLowerInvariant());
        var candidate = Directory.Exists(folder)
            ? Directory.GetDirectories(folder)
                .Select(d => (Path: d, Version: Version.TryParse(Path.GetFileName(d), out var v) ? v : null))
                .Where(d => d.Version is not null && d.Version >= version)
                .OrderBy(d => d.Version)
                .Select(d => Path.Combine(d.Path, $"{id.ToLowerInvariant()}.nuspec"))
                .FirstOrDefault(File.Exists)
            : null;
        return candidate is null ? null : XDocument.Load(candidate);
    }

    private static Version LowerBound(string? range)
    {
        var text = (range ?? "0.0.0").Trim('[', '(', ' ').Split(',')[0];
        return Version.TryParse(text.Split('-')[0], out var version) ? version : new Version(0, 0);
    }

    /// <summary>The group NuGet picks for a consumer on <paramref name="framework"/>: the nearest of the same family,
    /// a .NET Standard one for .NET, or the group without a framework.</summary>
    private static XElement? NearestGroup(IEnumerable<XElement> groups, string framework)
    {
        var consumer = Parse(framework);
        return groups
            .Select(g => (Group: g, Target: Parse(g.Attribute("targetFramework")?.Value)))
            .Where(g => g.Target.Family == "any"
                        || (g.Target.Family == consumer.Family && g.Target.Version <= consumer.Version)
                        || (consumer.Family == "net" && g.Target.Family == "netstandard" && g.Target.Version <= new Version(2, 1)))
            .OrderBy(g => g.Target.Family == consumer.Family ? 0 : g.Target.Family == "netstandard" ? 1 : 2)
            .ThenByDescending(g => g.Target.Version)
            .Select(g => g.Group)
            .FirstOrDefault();
    }

    private static (string Family, Version Version) Parse(string? framework)
    {
        var name = (framework ?? string.Empty).ToLowerInvariant().TrimStart('.');
        foreach (var family in (string[])["netstandard", "netcoreapp", "netframework", "net"])
        {
            if (!name.StartsWith(family, StringComparison.Ordinal))
            {
                continue;
            }

            var number = name[family.Length..];
            if (family == "net" && !number.Contains('.', StringComparison.Ordinal))
            {
                return ("netframework", new Version(0, 0)); // net462, net48: never picked for our consumers' frameworks.
            }

            if (Version.TryParse(number, out var version))
            {
                return (family == "netcoreapp" ? "net" : family, version);
            }
        }

        return ("any", new Version(0, 0));
    }
}
