namespace FactSheet;

internal static class Program
{
    private static void Main()
    {
    }
}
