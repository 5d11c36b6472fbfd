using System;
using NodaTime;

namespace Recouvrement.Extensions.Internal;

/// <summary>The host's <see cref="TimeProvider"/> as a NodaTime clock, so tests and hosts that fake time fake it here too.</summary>
internal sealed class TimeProviderClock(TimeProvider time) : IClock
{
    public Instant GetCurrentInstant() => Instant.FromDateTimeOffset(time.GetUtcNow());
}
