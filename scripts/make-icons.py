"""Draws the toolbar icons (public/icon/*.png): three linked circles, a small board.
Run once by hand when the icon changes; the PNGs are committed."""
import struct, zlib, math, os

def png(size, path):
    bg = (31, 95, 191); fg = (255, 255, 255)
    dots = [(0.5, 0.28), (0.27, 0.68), (0.73, 0.68)]
    rows = []
    for y in range(size):
        row = bytearray([0])
        for x in range(size):
            u, v = (x + 0.5) / size, (y + 0.5) / size
            # rounded square
            r = 0.2; dx = max(abs(u - 0.5) - (0.5 - r), 0); dy = max(abs(v - 0.5) - (0.5 - r), 0)
            inside = dx * dx + dy * dy <= r * r
            if not inside:
                row += bytes((0, 0, 0, 0)); continue
            on = any(math.hypot(u - a, v - b) < 0.13 for a, b in dots)
            # lines between dots
            for (a1, b1), (a2, b2) in [(dots[0], dots[1]), (dots[0], dots[2]), (dots[1], dots[2])]:
                t = max(0, min(1, ((u - a1) * (a2 - a1) + (v - b1) * (b2 - b1)) / ((a2 - a1) ** 2 + (b2 - b1) ** 2)))
                if math.hypot(u - (a1 + t * (a2 - a1)), v - (b1 + t * (b2 - b1))) < 0.035: on = True
            row += bytes((*(fg if on else bg), 255))
        rows.append(bytes(row))
    raw = zlib.compress(b''.join(rows), 9)
    def chunk(kind, data): return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xffffffff)
    out = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', size, size, 8, 6, 0, 0, 0)) + chunk(b'IDAT', raw) + chunk(b'IEND', b'')
    open(path, 'wb').write(out)

os.makedirs('public/icon', exist_ok=True)
for s in (16, 32, 48, 128):
    png(s, f'public/icon/{s}.png')
