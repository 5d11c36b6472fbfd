namespace Recouvrement.Internal;

/// <summary>A working table that <see cref="Scratch{T}"/> keeps between calculations.</summary>
internal interface IScratchTable
{
    /// <summary>Forgets what the last calculation put in, so that no caller data waits in the pool.</summary>
    void Clear();
}
