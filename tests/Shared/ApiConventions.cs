using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Recouvrement.Testing;

/// <summary>Reflection checks of the conventions every shipped assembly follows.</summary>
internal static class ApiConventions
{
    /// <summary>Public structs that are not <c>readonly</c>.</summary>
    internal static IEnumerable<string> MutableStructs(Assembly assembly)
        => assembly.GetExportedTypes()
            .Where(t => t.IsValueType && !t.IsEnum && !t.IsDefined(typeof(IsReadOnlyAttribute), false))
            .Select(t => t.FullName!);

    /// <summary>Public classes that are neither sealed, static nor abstract (so not designed for inheritance).</summary>
    internal static IEnumerable<string> UnsealedClasses(Assembly assembly)
        => assembly.GetExportedTypes()
            .Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract && !typeof(Delegate).IsAssignableFrom(t))
            .Select(t => t.FullName!);

    /// <summary>The assemblies <paramref name="assembly"/> references, beside the framework's own.</summary>
    internal static IEnumerable<string> NonFrameworkReferences(Assembly assembly)
        => assembly.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => !n.StartsWith("System", StringComparison.Ordinal)
                        && n != "netstandard" && n != "mscorlib"
                        && !n.StartsWith("Microsoft.Win32", StringComparison.Ordinal))
            .OrderBy(n => n, StringComparer.Ordinal);
}
