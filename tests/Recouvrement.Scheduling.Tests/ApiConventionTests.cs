using System.Reflection;
using Recouvrement.Testing;

namespace Recouvrement.Scheduling.Tests;

public class ApiConventionTests() : ApiConventions(Assembly.Load("Recouvrement.Scheduling"), "Recouvrement.Domain", "NodaTime", "Ardalis.Result", "Ardalis.SmartEnum");
