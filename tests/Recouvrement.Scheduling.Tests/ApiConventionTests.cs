using System.Reflection;
using Recouvrement.Testing;

namespace Recouvrement.Scheduling.Tests;

public class ApiConventionTests
{
    private static readonly Assembly Scheduling = Assembly.Load("Recouvrement.Scheduling");

    [Fact]
    public void Every_public_struct_is_readonly() => Assert.Empty(ApiConventions.MutableStructs(Scheduling));

    [Fact]
    public void Every_public_class_is_sealed_static_or_abstract() => Assert.Empty(ApiConventions.UnsealedClasses(Scheduling));

    [Fact]
    public void Scheduling_depends_on_the_Domain_and_NodaTime_only()
        => Assert.Empty(ApiConventions.NonFrameworkReferences(Scheduling).Except(["Recouvrement.Domain", "NodaTime"]));
}
