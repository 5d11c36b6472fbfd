using System.Reflection;
using Recouvrement.Testing;

namespace Recouvrement.Extensions.Tests;

public class ApiConventionTests() : ApiConventions(
    Assembly.Load("Recouvrement.Extensions"),
    "Recouvrement.Domain",
    "Recouvrement.Scheduling",
    "NodaTime",
    "Microsoft.Extensions.DependencyInjection.Abstractions",
    "Microsoft.Extensions.Options");
