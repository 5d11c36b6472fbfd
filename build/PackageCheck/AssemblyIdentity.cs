using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

/// <summary>What a .NET Framework host binds to: the strong name, the assembly version and the informational version.</summary>
internal sealed record AssemblyIdentity(string PublicKey, Version Version, string InformationalVersion, bool Signed)
{
    public static AssemblyIdentity Read(Stream dll)
    {
        using var copy = new MemoryStream();
        dll.CopyTo(copy);
        copy.Position = 0;
        using var pe = new PEReader(copy);
        var reader = pe.GetMetadataReader();
        var assembly = reader.GetAssemblyDefinition();
        var informational = string.Empty;
        foreach (var handle in assembly.GetCustomAttributes())
        {
            var attribute = reader.GetCustomAttribute(handle);
            if (attribute.Constructor.Kind != HandleKind.MemberReference)
            {
                continue;
            }

            var parent = reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent;
            if (parent.Kind == HandleKind.TypeReference
                && reader.GetString(reader.GetTypeReference((TypeReferenceHandle)parent).Name) == "AssemblyInformationalVersionAttribute")
            {
                var value = reader.GetBlobReader(attribute.Value);
                value.ReadUInt16(); // prolog
                informational = value.ReadSerializedString() ?? string.Empty;
            }
        }

        var signed = (pe.PEHeaders.CorHeader!.Flags & CorFlags.StrongNameSigned) != 0;
        return new AssemblyIdentity(Convert.ToHexString(reader.GetBlobBytes(assembly.PublicKey)), assembly.Version, informational, signed);
    }
}
