#if !NET5_0_OR_GREATER
// Lets netstandard2.0 use C# 9 records and init accessors.
namespace System.Runtime.CompilerServices
{
    internal static class IsExternalInit
    {
    }
}
#endif
