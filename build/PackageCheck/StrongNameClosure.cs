using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

/// <summary>
/// The .NET Framework loader's rule, checked without a .NET Framework: a strong-named assembly may only load
/// strong-named ones. Walks the references from a host's entry assembly through the assemblies beside it and lists
/// each strong-named assembly that references one without a strong name.
/// </summary>
internal static class StrongNameClosure
{
    public static IReadOnlyList<(string Referrer, string Unsigned)> Breaks(string entryAssembly)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(entryAssembly))!;
        var breaks = new List<(string, string)>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var pending = new Queue<string>([Path.GetFullPath(entryAssembly)]);
        while (pending.TryDequeue(out var path))
        {
            using var pe = new PEReader(File.OpenRead(path));
            var reader = pe.GetMetadataReader();
            var name = reader.GetString(reader.GetAssemblyDefinition().Name);
            var signed = !reader.GetAssemblyDefinition().PublicKey.IsNil;
            foreach (var handle in reader.AssemblyReferences)
            {
                var reference = reader.GetAssemblyReference(handle);
                var referenceName = reader.GetString(reference.Name);
                var file = Path.Combine(folder, referenceName + ".dll");
                if (!File.Exists(file))
                {
                    continue; // the framework's own assemblies, all strong-named
                }

                if (signed && reference.PublicKeyOrToken.IsNil)
                {
                    breaks.Add((name, referenceName));
                }

                if (seen.Add(file))
                {
                    pending.Enqueue(file);
                }
            }
        }

        return breaks;
    }
}
