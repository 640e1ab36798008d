export function LibraryPage() {
  return (
    <main>
      <h1>Your library</h1>
    </main>
  );
}
