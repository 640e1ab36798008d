import { render } from "preact";
import { LibraryPage } from "../../components/library/library-page";

render(<LibraryPage />, document.getElementById("app")!);
