using System.Reflection;
using Recouvrement.Testing;

namespace Recouvrement.Extensions.Tests;

public class ApiConventionTests() : ApiConventions(
    Assembly.Load("Recouvrement.Extensions"),
    "Recouvrement.Domain",
    "Recouvrement.Scheduling",
    "NodaTime",
    "Ardalis.Result",
    "Ardalis.SmartEnum",
    "Microsoft.Extensions.DependencyInjection.Abstractions",
    "Microsoft.Extensions.Options",
    "Microsoft.Extensions.Configuration.Abstractions",
    "System.Text.Json",
    "NodaTime.Serialization.SystemTextJson",
    "Microsoft.Extensions.Logging.Abstractions",
    "System.Diagnostics.DiagnosticSource");
