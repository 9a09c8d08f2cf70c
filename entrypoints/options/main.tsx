import '../../components/panel/panel.css';
import { mountWithSettings } from '../../components/shared/mount';
import './style.css';
import { App } from './App';

mountWithSettings(App);
