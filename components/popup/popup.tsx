export function Popup() {
  return (
    <main>
      <h1>NHS Context</h1>
      <a href="/library.html" target="_blank" rel="noreferrer">
        Open your library
      </a>
    </main>
  );
}
