using Recouvrement.Testing;

namespace Recouvrement.Domain.Tests;

public class ApiConventionTests
{
    private static readonly System.Reflection.Assembly Domain = typeof(Money).Assembly;

    [Fact]
    public void Every_public_struct_is_readonly() => Assert.Empty(ApiConventions.MutableStructs(Domain));

    [Fact]
    public void Every_public_class_is_sealed_static_or_abstract() => Assert.Empty(ApiConventions.UnsealedClasses(Domain));

    [Fact]
    public void Domain_depends_on_NodaTime_SmartEnum_and_Result_only()
    {
        var allowed = new[] { "Ardalis.Result", "Ardalis.SmartEnum", "NodaTime" };
        Assert.Empty(ApiConventions.NonFrameworkReferences(Domain).Except(allowed));
    }
}
