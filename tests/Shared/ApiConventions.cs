using System.Reflection;
using System.Runtime.CompilerServices;

namespace Recouvrement.Testing;

/// <summary>
/// The conventions every shipped assembly follows, checked by reflection. Each test project derives one class from
/// this, naming its assembly and the only packages it may depend on.
/// </summary>
public abstract class ApiConventions(Assembly assembly, params string[] allowedDependencies)
{
    [Fact]
    public void Every_public_struct_is_readonly()
        => Assert.Empty(assembly.GetExportedTypes()
            .Where(t => t.IsValueType && !t.IsEnum && !t.IsDefined(typeof(IsReadOnlyAttribute), false))
            .Select(t => t.FullName));

    [Fact]
    public void Every_public_class_is_sealed_static_or_abstract()
        => Assert.Empty(assembly.GetExportedTypes()
            .Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract && !typeof(Delegate).IsAssignableFrom(t))
            .Select(t => t.FullName));

    [Fact]
    public void Depends_only_on_the_allowed_packages()
        => Assert.Empty(assembly.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => !n.StartsWith("System", StringComparison.Ordinal) && n is not ("netstandard" or "mscorlib"))
            .Except(allowedDependencies));
}
