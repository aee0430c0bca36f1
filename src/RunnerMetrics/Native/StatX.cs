using System.Runtime.InteropServices;

namespace RunnerMetrics.Native;

/// <summary>
/// The leading fields of <c>struct statx</c> (256 bytes, the same layout on every Linux architecture).
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = 256)]
internal struct StatX
{
    internal const uint MaskType = 0x1;
    internal const uint MaskMode = 0x2;
    internal const uint MaskLinkCount = 0x4;
    internal const uint MaskModificationTime = 0x40;
    internal const uint MaskSize = 0x200;
    internal const uint MaskBasic = MaskType | MaskMode | MaskLinkCount | MaskSize;

    internal const int FileTypeMask = 0xF000;
    internal const int TypeFifo = 0x1000;
    internal const int TypeCharacterDevice = 0x2000;
    internal const int TypeDirectory = 0x4000;
    internal const int TypeBlockDevice = 0x6000;
    internal const int TypeRegular = 0x8000;
    internal const int TypeSymbolicLink = 0xA000;
    internal const int TypeSocket = 0xC000;

    [FieldOffset(0)] internal uint Mask;
    [FieldOffset(16)] internal uint LinkCount;
    [FieldOffset(28)] internal ushort Mode;
    [FieldOffset(40)] internal ulong Size;
    [FieldOffset(112)] internal long ModificationSeconds;
    [FieldOffset(128)] internal uint DeviceMajor;
    [FieldOffset(132)] internal uint DeviceMinor;

    internal readonly int FileType => Mode & FileTypeMask;

    internal readonly int Permissions => Mode & 0xFFF;
}
