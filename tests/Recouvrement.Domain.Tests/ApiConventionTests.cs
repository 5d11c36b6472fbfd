using Recouvrement.Testing;

namespace Recouvrement.Domain.Tests;

public class ApiConventionTests() : ApiConventions(typeof(Money).Assembly, "Ardalis.Result", "Ardalis.SmartEnum", "NodaTime");
