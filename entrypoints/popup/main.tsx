import { render } from "preact";
import { Popup } from "../../components/popup/popup";

render(<Popup />, document.getElementById("app")!);
