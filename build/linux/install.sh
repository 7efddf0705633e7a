#!/bin/sh
# Installiert Gesprächskompass aus diesem Archiv.
#
#   ./install.sh              für den angemeldeten Benutzer (~/.local, keine Administratorrechte)
#   sudo ./install.sh --system für alle Benutzer (/opt/gespraechskompass, /usr/share/applications)
#   ./install.sh --uninstall [--system]   entfernt das Programm; Benutzerdaten bleiben erhalten
#
# Benutzerdaten (~/.local/share/Gespraechskompass) werden weder angelegt noch verändert.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
app=gespraechskompass
mode=user
action=install
for arg in "$@"; do
  case "$arg" in
    --system) mode=system ;;
    --uninstall) action=uninstall ;;
    -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "Unbekannte Option: $arg (siehe --help)" >&2; exit 2 ;;
  esac
done

if [ "$mode" = system ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "Für --system werden Administratorrechte benötigt: sudo $0 $*" >&2
    exit 1
  fi
  target=/opt/$app
  bindir=/usr/local/bin
  share=/usr/share
else
  target=$HOME/.local/opt/$app
  bindir=$HOME/.local/bin
  share=${XDG_DATA_HOME:-$HOME/.local/share}
fi
desktop_file=$share/applications/$app.desktop
icon_svg=$share/icons/hicolor/scalable/apps/$app.svg
icon_png=$share/icons/hicolor/256x256/apps/$app.png

refresh_caches() {
  command -v update-desktop-database >/dev/null 2>&1 \
    && update-desktop-database -q "$share/applications" 2>/dev/null || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 \
    && gtk-update-icon-cache -q -t "$share/icons/hicolor" 2>/dev/null || true
}

if [ "$action" = uninstall ]; then
  rm -rf "$target"
  rm -f "$bindir/$app" "$desktop_file" "$icon_svg" "$icon_png"
  refresh_caches
  echo "Gesprächskompass wurde entfernt ($target). Die Benutzerdaten bleiben erhalten."
  exit 0
fi

if [ ! -x "$here/$app/$app" ]; then
  echo "Das Programm wurde nicht gefunden: $here/$app/$app" >&2
  exit 1
fi

# Copy beside the old version first and swap at the end, so that a failed copy leaves the
# installed version untouched.
mkdir -p "$(dirname "$target")" "$bindir" "$share/applications" \
  "$(dirname "$icon_svg")" "$(dirname "$icon_png")"
rm -rf "$target.neu"
cp -R "$here/$app" "$target.neu"
chmod -R u+rwX,go+rX,go-w "$target.neu"
rm -rf "$target.alt"
if [ -e "$target" ]; then mv "$target" "$target.alt"; fi
mv "$target.neu" "$target"
rm -rf "$target.alt"

ln -sf "$target/$app" "$bindir/$app"
install -m 644 "$here/$app.svg" "$icon_svg"
install -m 644 "$here/$app.png" "$icon_png"
sed "s|^Exec=.*|Exec=\"$target/$app\"|" "$here/$app.desktop" > "$desktop_file"
chmod 644 "$desktop_file"
refresh_caches

echo "Gesprächskompass ist installiert: $target"
echo "Start über das Anwendungsmenü oder mit: $bindir/$app"

# Qt's X11 platform plugin needs a few system libraries that not every desktop has.
missing=$(ldd "$target/_internal/PySide6/Qt/plugins/platforms/libqxcb.so" 2>/dev/null \
  | awk '/not found/ {print $1}' | tr '\n' ' ')
if [ -n "$missing" ]; then
  echo "Hinweis: Es fehlen Systembibliotheken für die Anzeige: $missing" >&2
  echo "Debian/Ubuntu: sudo apt-get install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1" \
       "libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-randr0" \
       "libxcb-xkb1 libxkbcommon-x11-0 libegl1 libgl1 libfontconfig1 libdbus-1-3" >&2
fi
