// Dictionary.TryAdd, which netstandard2.0 lacks; newer targets use the built-in method.
namespace System.Collections.Generic
{
    [Microsoft.CodeAnalysis.Embedded]
    internal static class DictionaryExtensions
    {
        internal static bool TryAdd<TKey, TValue>(this Dictionary<TKey, TValue> dictionary, TKey key, TValue value)
            where TKey : notnull
        {
            if (dictionary.ContainsKey(key))
            {
                return false;
            }

            dictionary.Add(key, value);
            return true;
        }
    }
}
