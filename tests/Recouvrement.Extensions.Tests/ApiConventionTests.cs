using System.Reflection;
using Recouvrement.Testing;

namespace Recouvrement.Extensions.Tests;

public class ApiConventionTests
{
    private static readonly Assembly Extensions = Assembly.Load("Recouvrement.Extensions");

    [Fact]
    public void Every_public_struct_is_readonly() => Assert.Empty(ApiConventions.MutableStructs(Extensions));

    [Fact]
    public void Every_public_class_is_sealed_static_or_abstract() => Assert.Empty(ApiConventions.UnsealedClasses(Extensions));

    [Fact]
    public void Extensions_depends_on_the_kernel_and_the_Microsoft_Extensions_abstractions_only()
        => Assert.Empty(ApiConventions.NonFrameworkReferences(Extensions).Except(
            ["Recouvrement.Domain", "Recouvrement.Scheduling", "NodaTime",
             "Microsoft.Extensions.DependencyInjection.Abstractions", "Microsoft.Extensions.Options"]));
}
